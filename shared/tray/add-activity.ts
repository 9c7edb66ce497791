import { randomUUID } from 'node:crypto';
import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import { BadRequest, type FieldProblem, ValidationFailed } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import type { Activity, ActivityInput, Schedule } from './activity.ts';
import { saveActivity } from './activity-store.ts';
import { trayOrganisation } from './tray-access.ts';
import { getUnit } from './unit-store.ts';

/** Each time ends after it starts, and a weekly schedule's period does not end before it begins. */
export function checkSchedule(schedule: Schedule): void {
  const problems: FieldProblem[] = [];
  const late = { message: 'It must end after it starts.', code: 'endsBeforeStart' } as const;
  if (schedule.kind === 'weekly') {
    if (schedule.endTime <= schedule.startTime) problems.push({ field: 'schedule.endTime', ...late });
    if (schedule.validFrom && schedule.validTo && schedule.validTo < schedule.validFrom)
      problems.push({ field: 'schedule.validTo', ...late });
  } else {
    schedule.dates.forEach((date, i) => {
      if (date.endTime <= date.startTime) problems.push({ field: `schedule.dates.${i}.endTime`, ...late });
    });
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
}

/** The unit, if one is named, must be one of the organisation's. */
export async function assertUnitOf(store: Store, organisationId: string, unitId: string | undefined) {
  if (unitId && !(await getUnit(store, organisationId, unitId)))
    throw new BadRequest('The organisation has no such unit.', 'unknown_unit');
}

/** A representative of a member or tray partner, or the coordinator, adds one of its activities. */
export async function addActivity(
  store: Store,
  caller: Caller,
  input: ActivityInput,
  now: Date,
): Promise<Activity> {
  const org = await trayOrganisation(store, caller, input.organisationId, 'add activities', 'body');
  checkSchedule(input.schedule);
  await assertUnitOf(store, org.id, input.unitId);
  const at = now.toISOString();
  const created: Activity = { ...input, id: randomUUID(), createdAt: at, updatedAt: at, version: 1 };
  await saveActivity(store, undefined, created, actorOf(caller), now);
  return created;
}
