import { ensurePerson } from '#shared/people/person-store.ts';
import { putItem, transact } from '#shared/store/transactions.ts';
import type { TranslatorRole } from '#shared/translations/translation.ts';
import {
  translatorIndexKey,
  translatorListKey,
  translatorRoleKey,
} from '#shared/translations/translation-keys.ts';
import { type Client, signIn, uniqueEmail } from './people.ts';
import { runtimeStore } from './runtime-store.ts';

/**
 * A translator of the languages: the role, its list entry and its index items written in one
 * transaction as shared/translations/translation-keys.ts says, standing in for the grant route of
 * the translators' part of the workflow in the workflow's own tests. In English, as browsers read.
 */
export async function makeTranslator(label: string, languages: string[]) {
  const store = runtimeStore();
  const email = uniqueEmail(label);
  const now = new Date();
  const person = await ensurePerson(store, email, 'en', now);
  const role: TranslatorRole = {
    personId: person.id,
    email,
    languages,
    grantedBy: 'coordinator',
    grantedAt: now.toISOString(),
  };
  await transact(store, [
    putItem({ ...translatorRoleKey(person.id), entity: 'role', ...role }),
    putItem({ ...translatorListKey(person.id), entity: 'translator', ...role }),
    ...languages.map((language) =>
      putItem({
        ...translatorIndexKey(language, person.id),
        entity: 'translator-index',
        email,
        language: person.language,
      }),
    ),
  ]);
  return { email, personId: person.id };
}

/** The same, signed in through the API. */
export async function signedInTranslator(label: string, languages: string[]): Promise<Client> {
  return signIn((await makeTranslator(label, languages)).email);
}
