import { randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import type { Unit, unitInput } from './activity.ts';
import { trayOrganisation } from './tray-access.ts';
import { createUnit } from './unit-store.ts';

/**
 * An organisation's representatives or the coordinator add a regional or local unit; the unit
 * limit is the organisation's unit tally, moved with a condition in the same write (409 `too_many_units`).
 */
export async function addUnit(
  store: Store,
  caller: Caller,
  organisationId: string,
  input: z.output<typeof unitInput>,
  now: Date,
): Promise<Unit> {
  const org = await trayOrganisation(store, caller, organisationId, 'add units');
  const unit: Unit = { ...input, id: randomUUID(), organisationId: org.id, createdAt: now.toISOString() };
  await createUnit(store, unit, actorOf(caller), now);
  return unit;
}
