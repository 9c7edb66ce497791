import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Forbidden } from '#shared/errors.ts';
import { isLanguage } from '#shared/i18n/languages.ts';
import type { Store } from '#shared/store/client.ts';
import type { TranslatorLanguages } from './grant-translator.ts';
import {
  consentCheck,
  deleteTranslator,
  getTranslator,
  putTranslator,
  type Translator,
} from './translator-store.ts';

/**
 * The caller's own languages: a peer leader of the bank who has consented to its current text
 * takes the role in the languages they choose, and adds languages to it while they still are one
 * (the consent is held to in the same transaction: 409 `consent_required` without it). Whoever
 * else holds the role (the coordinator granted it, or they are no longer a peer leader) only
 * removes languages: the coordinator adds them. Anyone else is refused.
 */
export async function takeTranslatorRole(
  store: Store,
  caller: Caller,
  input: TranslatorLanguages,
  now: Date,
): Promise<Translator> {
  const previous = await getTranslator(store, caller.personId);
  if (previous) {
    const adds = input.languages.some((language) => !previous.languages.includes(language));
    if (adds && !(previous.grantedBy === 'peer-leader' && caller.peerLeader))
      throw new Forbidden('You may remove languages from your translator role; the coordinator adds them.');
    const changed = { ...previous, languages: input.languages, version: previous.version + 1 };
    await putTranslator(
      store,
      changed,
      previous,
      { actor: actorOf(caller), action: 'translator.changed' },
      now,
      adds ? [consentCheck(caller.personId)] : [],
    );
    return changed;
  }
  if (!caller.peerLeader)
    throw new Forbidden('Only peer leaders of the bank take the translator role themselves.');
  const translator: Translator = {
    personId: caller.personId,
    email: caller.email,
    ...(caller.name ? { name: caller.name } : {}),
    languages: input.languages,
    grantedBy: 'peer-leader',
    grantedAt: now.toISOString(),
    language: isLanguage(caller.language) ? caller.language : 'fi',
    version: 1,
  };
  const taken = await putTranslator(
    store,
    translator,
    undefined,
    { actor: actorOf(caller), action: 'translator.taken' },
    now,
    [consentCheck(caller.personId)],
  );
  // A role written a moment ago by another request: theirs stands, and this one changes it.
  return taken ? translator : takeTranslatorRole(store, caller, input, now);
}

/** The caller gives the role up; without one, nothing changes. */
export async function giveUpTranslatorRole(store: Store, caller: Caller, now: Date): Promise<void> {
  const previous = await getTranslator(store, caller.personId);
  if (previous)
    await deleteTranslator(store, previous, { actor: actorOf(caller), action: 'translator.given-up' }, now);
}
