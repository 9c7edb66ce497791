import type { Caller } from '#shared/auth/access.ts';
import { managedConsultation } from '#shared/consultations/read-consultation.ts';
import type { Store } from '#shared/store/client.ts';
import { totalOf } from './tally.ts';
import { readTallies } from './tally-store.ts';

/** What the alerts of each version of a consultation did, for those who manage it. */
export async function consultationAlerts(store: Store, caller: Caller, id: string) {
  const found = await managedConsultation(store, id, caller);
  const versions = await readTallies(store, found.id, found.version);
  return { versions, total: totalOf(versions) };
}
