import { type Translate, translateWith } from './format.ts';
import type { Language } from './languages.ts';
import addedMessages from './mail/added.json' with { type: 'json' };

export { formatDateTime, type Params } from './format.ts';

/** A group of the emails' messages (shared/i18n/mail/index.ts) in every language; Finnish is complete. */
export type Group<Key extends string> = { fi: Record<Key, string> } & Record<
  Language,
  Partial<Record<Key, string>>
>;

type KeyOf<G> = G extends { fi: infer Messages } ? keyof Messages & string : never;

/** The emails' messages (and common ones) of each language added from a PO file, by key; see README.md. */
const added: Partial<Record<string, Record<string, string>>> = addedMessages;

/**
 * Fills an email's messages from the groups it is made of: in the language, else English, else
 * Finnish (the source, always complete). The types keep each of the eight languages' groups
 * complete; the fallback covers a message added before its translations, and each message a
 * language added from a PO file has not translated yet.
 */
export function translator<Groups extends Group<string>[]>(
  language: Language,
  ...groups: Groups
): Translate<KeyOf<Groups[number]>> {
  const messagesIn = (l: Language): Record<string, string> =>
    Object.assign({}, ...groups.map((group) => group[l]), added[l]);
  return translateWith(language, messagesIn(language), messagesIn('en'), messagesIn('fi'));
}
