import type * as z from 'zod/mini';
import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import { NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import type { Unit, unitChanges } from './activity.ts';
import { trayOrganisation } from './tray-access.ts';
import { getUnit, saveUnit } from './unit-store.ts';

export async function existingUnit(store: Store, organisationId: string, unitId: string): Promise<Unit> {
  const unit = await getUnit(store, organisationId, unitId);
  if (!unit) throw new NotFound('The organisation has no such unit.');
  return unit;
}

/** Renames a unit, or changes its level or areas; its activities stay under it. */
export async function updateUnit(
  store: Store,
  caller: Caller,
  organisationId: string,
  unitId: string,
  changes: z.output<typeof unitChanges>,
  now: Date,
): Promise<Unit> {
  await trayOrganisation(store, caller, organisationId, 'change units');
  const before = await existingUnit(store, organisationId, unitId);
  const after: Unit = { ...before, ...changes };
  await saveUnit(store, before, after, actorOf(caller), now);
  return after;
}
