import { type Translate, translateWith } from './format.ts';
import type { Language } from './languages.ts';

export { formatDateTime, type Params } from './format.ts';

/** A group of the emails' messages (shared/i18n/mail/index.ts) in every language; Finnish is complete. */
export type Group<Key extends string> = { fi: Record<Key, string> } & Record<
  Language,
  Partial<Record<Key, string>>
>;

type KeyOf<G> = G extends { fi: infer Messages } ? keyof Messages & string : never;

/**
 * Fills an email's messages from the groups it is made of: in the language, else English, else
 * Finnish (the source, always complete). The types keep each language's groups complete; the
 * fallback covers a message added before its translations.
 */
export function translator<Groups extends Group<string>[]>(
  language: Language,
  ...groups: Groups
): Translate<KeyOf<Groups[number]>> {
  const messagesIn = (l: Language): Record<string, string> =>
    Object.assign({}, ...groups.map((group) => group[l]));
  return translateWith(language, messagesIn(language), messagesIn('en'), messagesIn('fi'));
}
