import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict, NotFound } from '#shared/errors.ts';
import { isListed } from '#shared/membership/facts.ts';
import { assertListed } from '#shared/membership/organisation.ts';
import { existingOrganisation } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import type { Activity, ActivityChanges } from './activity.ts';
import { getActivity, saveActivity } from './activity-store.ts';
import { assertUnitOf, checkSchedule } from './add-activity.ts';
import { assertMayManageTray } from './tray-access.ts';

/** A change that only ends the activity: what its organisation may still do once it has left the tray. */
const onlyEnds = (before: Activity, changes: ActivityChanges) =>
  before.status !== 'ended' &&
  changes.status === 'ended' &&
  Object.keys(changes).every((field) => field === 'version' || field === 'status');

/**
 * Its organisation's representatives or the coordinator change an activity, its status among the
 * rest (active, paused, ended): the public tray's index and counts follow in the same write. The
 * change holds only over the version the editor read. Once the organisation has resigned or been
 * removed, its activities may only be ended (by the coordinator or its former representatives),
 * which takes them out of the counts and the index.
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
  assertMayManageTray(caller, before.organisationId);
  const org = await existingOrganisation(store, before.organisationId);
  if (!isListed(org) && !onlyEnds(before, changes)) assertListed(org, 'change activities');
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
