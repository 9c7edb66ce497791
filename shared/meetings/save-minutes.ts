import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict, NotFound, ValidationFailed } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { failedNames, transact } from '#shared/store/transactions.ts';
import { mayManage } from './meeting.ts';
import { assertWritable, type Minutes, type MinutesInput, numberDecisions } from './minutes.ts';
import { getMinutes, minutesSave } from './minutes-store.ts';
import { managedMeeting, visibleMeeting } from './read-meetings.ts';

/** The minutes: published ones to anyone, a draft to those who write them. */
export async function readMinutes(store: Store, caller: Caller | undefined, meetingId: string) {
  const meeting = await visibleMeeting(store, meetingId, caller);
  const found = await getMinutes(store, meetingId);
  if (!found || (found.status !== 'published' && !mayManage(meeting, caller)))
    throw new NotFound('These minutes are not published.');
  return found;
}

/** The host's representatives or the coordinator save a draft of the minutes, once the meeting has started. */
export async function saveMinutes(
  store: Store,
  caller: Caller,
  meetingId: string,
  input: MinutesInput,
  now: Date,
): Promise<Minutes> {
  const meeting = await managedMeeting(store, meetingId, caller);
  const before = await getMinutes(store, meetingId);
  assertWritable(meeting, before, now);
  const { decisions, unknown } = numberDecisions(before?.decisions ?? [], input.decisions);
  if (unknown.length > 0)
    throw new ValidationFailed(
      unknown.map((id) => ({
        field: `decisions.${input.decisions.findIndex((d) => d.id === id)}.id`,
        message: 'No decision of these minutes has this id; leave it out for a new decision.',
        code: 'choice',
      })),
    );
  const after: Minutes = {
    meetingId,
    text: input.text,
    decisions,
    status: 'draft',
    savedAt: now.toISOString(),
    savedBy: actorOf(caller).personId,
    version: (before?.version ?? 0) + 1,
  };
  try {
    await transact(store, [minutesSave(before, after)]);
  } catch (error) {
    if (failedNames(error).has('minutes'))
      throw new Conflict('Someone saved these minutes meanwhile: read them again.', 'changed_meanwhile');
    throw error;
  }
  return after;
}
