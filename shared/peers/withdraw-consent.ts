import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import { deleteTranslator, getTranslator } from '#shared/translations/translator-store.ts';
import { closeOpenRequestsTo } from './peer-request-store.ts';
import { deletePeerData, readPeerState, withFreshRead } from './peer-store.ts';

/**
 * Withdrawing consent erases at once the consent, the profile, its index items and the trainings,
 * in one transaction (read again if the profile changed meanwhile); the person stays invited and
 * may consent again. Requests still open to them close as expired, so no later yes passes their
 * address on. A translator role they took as a peer leader ends too (one the coordinator granted
 * stays), its claimed requests open again. Withdrawing twice is harmless.
 */
export async function withdrawConsent(store: Store, caller: Caller, now: Date): Promise<void> {
  await withFreshRead(async () => {
    const state = await readPeerState(store, caller.personId);
    if (!state.consent && !state.profile && state.trainings.length === 0) return;
    await deletePeerData(store, caller.personId, state, actorOf(caller), now);
  });
  await closeOpenRequestsTo(store, caller.personId, now);
  await withFreshRead(async () => {
    const translator = await getTranslator(store, caller.personId);
    if (translator?.grantedBy === 'peer-leader')
      await deleteTranslator(
        store,
        translator,
        { actor: actorOf(caller), action: 'translator.consent-withdrawn' },
        now,
      );
  });
}
