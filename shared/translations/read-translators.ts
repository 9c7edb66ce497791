import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import type { Page } from '#shared/store/query.ts';
import type { TranslatorRole } from './translation.ts';
import { allTranslators, getTranslator, type ListedTranslator, listTranslators } from './translator-store.ts';

/** A translator in the coordinator's list: the role, and the language their mail is in. */
export type TranslatorView = TranslatorRole & { language: string };

const viewOf = ({
  version: _version,
  summarisedAt: _summarisedAt,
  ...role
}: ListedTranslator): TranslatorView => role;

export async function translatorsPage(
  store: Store,
  cursor: string | undefined,
): Promise<Page<TranslatorView>> {
  const page = await listTranslators(store, cursor);
  return { ...page, items: page.items.map(viewOf) };
}

/** How many translators work in each language, most first (then by code). */
export async function translatorsPerLanguage(
  store: Store,
): Promise<{ language: string; translators: number }[]> {
  const counts = new Map<string, number>();
  for (const translator of await allTranslators(store))
    for (const language of translator.languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  return [...counts]
    .map(([language, translators]) => ({ language, translators }))
    .sort((a, b) => b.translators - a.translators || a.language.localeCompare(b.language));
}

/** The caller's role, for their data export: null without one. */
export async function myTranslatorRole(store: Store, caller: Caller): Promise<TranslatorView | null> {
  const found = await getTranslator(store, caller.personId);
  if (!found) return null;
  const { version: _version, ...role } = found;
  return role;
}
