import { actorOf } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict, DomainError, Forbidden } from '#shared/errors.ts';
import { reminderItem, reminderRemoval } from '#shared/statements/reminders.ts';
import type { Store } from '#shared/store/client.ts';
import { failedNames, putItem, type TransactItem, transact } from '#shared/store/transactions.ts';
import { memberHost } from './draft-meeting.ts';
import {
  assertPublishable,
  checkTimes,
  type Meeting,
  type MeetingChanges,
  mayManage,
  reminderDue,
} from './meeting.ts';
import { capacityChange, getPlaces, meetingSave } from './meeting-store.ts';
import { type MeetingView, managedMeeting, meetingView } from './read-meetings.ts';

/** A published meeting's reminder follows its start: the one for the old time goes, one for the new comes. */
function reminderMove(before: Meeting, after: Meeting): TransactItem[] {
  if (after.status !== 'published' || before.startsAt === after.startsAt || !after.startsAt) return [];
  return [
    ...(before.startsAt ? [reminderRemoval('meeting', before.id, reminderDue(before.startsAt))] : []),
    putItem(reminderItem('meeting', after.id, reminderDue(after.startsAt), 1)),
  ];
}

/**
 * The host's representatives or the coordinator change a meeting's details, agenda or checklist,
 * before or after publication. A published meeting keeps its time and a place or a link; a new
 * capacity is never below the places taken; a moved meeting is reminded of at its new time.
 */
export async function updateMeeting(
  store: Store,
  caller: Caller,
  id: string,
  changes: MeetingChanges,
  now: Date,
): Promise<MeetingView> {
  const before = await managedMeeting(store, id, caller);
  if (before.status === 'closed')
    throw new Conflict('The meeting is closed: its minutes are published.', 'not_editable');
  const newHost =
    changes.hostOrganisationId && changes.hostOrganisationId !== before.hostOrganisationId
      ? changes.hostOrganisationId
      : undefined;
  // Handing the meeting to another organisation needs its consent: the coordinator or its representative.
  if (newHost && !mayManage({ hostOrganisationId: newHost }, caller))
    throw new Forbidden("Only the coordinator or the new host's representatives may give it the meeting.");
  const host = newHost ? await memberHost(store, newHost) : undefined;
  const after: Meeting = {
    ...before,
    ...changes,
    ...(host ? { hostOrganisationName: host.name } : {}),
    version: before.version + 1,
    updatedAt: now.toISOString(),
  };
  checkTimes(after);
  if (after.status === 'published') assertPublishable(after);
  const capacity = changes.capacity !== undefined && changes.capacity !== before.capacity;
  try {
    await transact(store, [
      meetingSave(before, after),
      ...(capacity ? [capacityChange(id, after.capacity)] : []),
      ...reminderMove(before, after),
      putItem(
        auditItem(
          {
            actor: actorOf(caller),
            action: 'meeting.updated',
            before: Object.fromEntries(
              Object.keys(changes).map((key) => [key, before[key as keyof Meeting]]),
            ),
            after: changes,
          },
          now,
        ),
      ),
    ]);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('meeting'))
      throw new Conflict(
        'Someone changed this meeting at the same time. Reload it and try again.',
        'changed_meanwhile',
      );
    if (failed.has('capacity')) {
      const registered = (await getPlaces(store, id))?.registered ?? 0;
      throw new DomainError(
        'conflict',
        'capacity_below_registered',
        `${registered} places are already taken: the capacity cannot be less.`,
        { registered },
      );
    }
    throw error;
  }
  return meetingView(store, after, caller);
}
