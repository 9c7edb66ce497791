import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import { trayOrganisation } from './tray-access.ts';
import { deleteUnit } from './unit-store.ts';
import { existingUnit } from './update-unit.ts';

/** A unit goes only when no activity, ended ones included, is under it (409 `unit_in_use`). */
export async function removeUnit(
  store: Store,
  caller: Caller,
  organisationId: string,
  unitId: string,
  now: Date,
): Promise<void> {
  await trayOrganisation(store, caller, organisationId, 'remove units');
  await deleteUnit(store, await existingUnit(store, organisationId, unitId), actorOf(caller), now);
}
