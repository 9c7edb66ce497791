import type { Caller } from '#shared/auth/access.ts';
import { grantTranslator } from '#shared/translations/grant-translator.ts';
import { type Client, signIn, uniqueEmail } from './people.ts';
import { runtimeStore } from './runtime-store.ts';

/** The coordinator the audit names for translators the tests make. */
const supportCoordinator: Caller = {
  personId: 'test-support-coordinator',
  email: 'test-support-coordinator@example.org',
  name: undefined,
  language: 'en',
  coordinator: true,
  organisations: [],
  bodies: [],
  peerLeader: false,
  translatorLanguages: [],
};

/**
 * A translator of the languages, granted as the coordinator grants one (the use case behind
 * `POST /api/translators`: the role, its list entry, its index items and the invitation in one
 * transaction). In English, as browsers read.
 */
export async function makeTranslator(label: string, languages: string[]) {
  const email = uniqueEmail(label);
  const { personId } = await grantTranslator(
    runtimeStore(),
    supportCoordinator,
    { email, languages, language: 'en' },
    new Date(),
  );
  return { email, personId };
}

/** The same, signed in through the API. */
export async function signedInTranslator(label: string, languages: string[]): Promise<Client> {
  return signIn((await makeTranslator(label, languages)).email);
}
