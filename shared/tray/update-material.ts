import type * as z from 'zod/mini';
import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import type { Material, materialChanges } from './activity.ts';
import { existingMaterial, saveMaterial } from './material-store.ts';
import { trayOrganisation } from './tray-access.ts';

export type MaterialChanges = z.output<typeof materialChanges>;

/** Its organisation's representatives, or the coordinator, change a material while the organisation is listed. */
export async function updateMaterial(
  store: Store,
  caller: Caller,
  id: string,
  changes: MaterialChanges,
  now: Date,
) {
  const before = await existingMaterial(store, id);
  await trayOrganisation(store, caller, before.organisationId, 'change materials');
  const after: Material = { ...before, ...changes, updatedAt: now.toISOString() };
  await saveMaterial(store, before, after, actorOf(caller), now);
  return after;
}
