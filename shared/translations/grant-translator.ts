import * as z from 'zod/mini';
import { email } from '#shared/api/routes/common.ts';
import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import { NotFound } from '#shared/errors.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import { ensurePerson } from '#shared/people/person-store.ts';
import type { Store } from '#shared/store/client.ts';
import { putItem } from '#shared/store/transactions.ts';
import { text } from '#shared/text.ts';
import { languageList } from './language-names.ts';
import { translatorInput } from './translation.ts';
import { deleteTranslator, getTranslator, putTranslator, type Translator } from './translator-store.ts';

/** The coordinator grants the role by address; `language` is the invitation's until the person chooses theirs. */
export const grantTranslatorInput = z.extend(translatorInput, {
  email,
  name: z.optional(text(120)),
  language: z._default(z.enum(languageCodes), 'fi'),
});
export type GrantTranslatorInput = z.output<typeof grantTranslatorInput>;
export type TranslatorLanguages = z.output<typeof translatorInput>;

/**
 * The coordinator makes a person (found by address, or created) a translator in their languages:
 * the role, its list and index items, the audit entry and the invitation email in one transaction.
 * A person who is a translator already keeps their role as it is (`granted: false`, nothing mailed).
 */
export async function grantTranslator(
  store: Store,
  caller: Caller,
  input: GrantTranslatorInput,
  now: Date,
): Promise<{ personId: string; granted: boolean }> {
  const person = await ensurePerson(store, input.email, input.language, now);
  if (await getTranslator(store, person.id)) return { personId: person.id, granted: false };
  const translator: Translator = {
    personId: person.id,
    email: person.email,
    ...((input.name ?? person.name) ? { name: input.name ?? person.name } : {}),
    languages: input.languages,
    grantedBy: 'coordinator',
    grantedAt: now.toISOString(),
    language: person.language,
    version: 1,
  };
  const invitation = noticeItem(
    'translatorInvited',
    [{ email: person.email, language: person.language }],
    { languages: languageList(input.languages, person.language), path: '/translations' },
    now,
  );
  const granted = await putTranslator(
    store,
    translator,
    undefined,
    { actor: actorOf(caller), action: 'translator.granted' },
    now,
    [putItem(invitation)],
  );
  return { personId: person.id, granted };
}

const notTranslator = () => new NotFound('That person is not a translator.');

/** The coordinator changes a translator's languages. */
export async function changeTranslatorLanguages(
  store: Store,
  caller: Caller,
  personId: string,
  input: TranslatorLanguages,
  now: Date,
): Promise<Translator> {
  const previous = await getTranslator(store, personId);
  if (!previous) throw notTranslator();
  const changed = { ...previous, languages: input.languages, version: previous.version + 1 };
  await putTranslator(
    store,
    changed,
    previous,
    { actor: actorOf(caller), action: 'translator.changed' },
    now,
  );
  return changed;
}

/** The coordinator takes the role away. */
export async function revokeTranslator(store: Store, caller: Caller, personId: string, now: Date) {
  const previous = await getTranslator(store, personId);
  if (!previous) throw notTranslator();
  await deleteTranslator(store, previous, { actor: actorOf(caller), action: 'translator.revoked' }, now);
}
