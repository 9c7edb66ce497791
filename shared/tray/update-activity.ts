import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict, NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import type { Activity, ActivityChanges } from './activity.ts';
import { getActivity, saveActivity } from './activity-store.ts';
import { assertUnitOf, checkSchedule } from './add-activity.ts';
import { trayOrganisation } from './tray-access.ts';

/**
 * Its organisation's representatives or the coordinator change an activity, its status among the
 * rest (active, paused, ended): the public tray's index and counts follow in the same write. The
 * change holds only over the version the editor read.
 */
export async function updateActivity(
  store: Store,
  caller: Caller,
  id: string,
  changes: ActivityChanges,
  now: Date,
): Promise<Activity> {
  const before = await getActivity(store, id);
  if (!before) throw new NotFound('There is no such activity.');
  await trayOrganisation(store, caller, before.organisationId, 'change activities');
  const { version, unitId, ...fields } = changes;
  if (version !== before.version)
    throw new Conflict(
      `The activity changed while you were editing it (now version ${before.version}). Reload it and make your change again.`,
      'changed_meanwhile',
    );
  const { unitId: _, ...unchanged } = before;
  const after: Activity = {
    ...(unitId === null ? unchanged : before),
    ...fields,
    ...(unitId ? { unitId } : {}),
    version: before.version + 1,
    updatedAt: now.toISOString(),
  };
  checkSchedule(after.schedule);
  if (unitId && unitId !== before.unitId) await assertUnitOf(store, before.organisationId, unitId);
  await saveActivity(store, before, after, actorOf(caller), now);
  return after;
}
