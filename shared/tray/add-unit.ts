import { randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { trayLimits, type Unit, type unitInput } from './activity.ts';
import { trayOrganisation } from './tray-access.ts';
import { createUnit, listUnits } from './unit-store.ts';

/** An organisation's representatives or the coordinator add a regional or local unit. */
export async function addUnit(
  store: Store,
  caller: Caller,
  organisationId: string,
  input: z.output<typeof unitInput>,
  now: Date,
): Promise<Unit> {
  const org = await trayOrganisation(store, caller, organisationId, 'add units');
  if ((await listUnits(store, org.id)).length >= trayLimits.unitsPerOrganisation)
    throw new Conflict(
      `An organisation has at most ${trayLimits.unitsPerOrganisation} units.`,
      'too_many_units',
    );
  const unit: Unit = { ...input, id: randomUUID(), organisationId: org.id, createdAt: now.toISOString() };
  await createUnit(store, unit, actorOf(caller), now);
  return unit;
}
