import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import { deleteMaterial, existingMaterial } from './material-store.ts';
import { assertMayManageTray } from './tray-access.ts';

/**
 * Its organisation's representatives, or the coordinator, take a material out of the bank: a former
 * member too, so nothing stays shared in its name against its will.
 */
export async function removeMaterial(store: Store, caller: Caller, id: string, now: Date) {
  const material = await existingMaterial(store, id);
  assertMayManageTray(caller, material.organisationId);
  await deleteMaterial(store, material, actorOf(caller), now);
}
