import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import { deletePeerData, readPeerState } from './peer-store.ts';

/**
 * Withdrawing consent erases at once the consent, the profile, its index items and the trainings,
 * in one transaction; the person stays invited and may consent again. Withdrawing twice is harmless.
 */
export async function withdrawConsent(store: Store, caller: Caller, now: Date): Promise<void> {
  const state = await readPeerState(store, caller.personId);
  if (!state.consent && !state.profile && state.trainings.length === 0) return;
  await deletePeerData(store, caller.personId, state, actorOf(caller), now);
}
