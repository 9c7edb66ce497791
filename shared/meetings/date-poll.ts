import { actorOf } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import type { Caller } from '#shared/auth/access.ts';
import { BadRequest, Conflict, NotFound, ValidationFailed } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { failedNames, putItem, transact } from '#shared/store/transactions.ts';
import { isRegistrationToken } from './links.ts';
import { type Meeting, mayManage } from './meeting.ts';
import { getRegistration, meetingSave } from './meeting-store.ts';
import { type PollAnswerInput, pollCounts } from './minutes.ts';
import { listPollAnswers, putPollAnswer } from './minutes-store.ts';
import { assertManages, existingMeeting } from './read-meetings.ts';

const badLink = () =>
  new BadRequest('This poll link is not valid: use the one in your email.', 'invalid_link');

async function polledMeeting(store: Store, meetingId: string) {
  const meeting = await existingMeeting(store, meetingId);
  if (!meeting.datePoll) throw new NotFound('This meeting has no date poll.');
  return meeting as Meeting & { datePoll: NonNullable<Meeting['datePoll']> };
}

/** The poll's options with how many each suits: counts for anyone, and who answered for those who plan the meeting. */
export async function readPoll(store: Store, caller: Caller | undefined, meetingId: string) {
  const meeting = await polledMeeting(store, meetingId);
  const answers = await listPollAnswers(store, meetingId);
  const counts = pollCounts(meeting.datePoll.options.length, answers);
  return {
    meetingId,
    title: meeting.title,
    previousMeetingId: meeting.previousMeetingId,
    options: meeting.datePoll.options.map((option, i) => ({ ...option, suits: counts[i] ?? 0 })),
    chosen: meeting.datePoll.chosen,
    answerCount: answers.length,
    ...(mayManage(meeting, caller)
      ? {
          answers: answers.map(({ name, organisation, suits, answeredAt }) => ({
            name,
            organisation,
            suits,
            answeredAt,
          })),
        }
      : {}),
  };
}

/**
 * A registered participant of the meeting that agreed the poll answers with the link they were
 * mailed: which options suit them. Answering again replaces the answer; a decided poll takes none.
 */
export async function answerPoll(
  store: Store,
  meetingId: string,
  input: PollAnswerInput,
  linkKeys: Uint8Array[],
  now: Date,
) {
  const meeting = await polledMeeting(store, meetingId);
  const valid =
    meeting.previousMeetingId === input.meetingId &&
    isRegistrationToken(linkKeys, 'poll', input.meetingId, input.registrationId, input.token);
  if (!valid) throw badLink();
  const registration = await getRegistration(store, input.meetingId, input.registrationId);
  if (registration?.status !== 'registered') throw badLink();
  if (meeting.datePoll.chosen !== undefined)
    throw new Conflict('The date has been decided already.', 'poll_closed');
  if (input.suits.some((i) => i >= meeting.datePoll.options.length))
    throw new ValidationFailed([{ field: 'suits', message: 'No such option.', code: 'choice' }]);
  await putPollAnswer(store, meetingId, {
    registrationId: registration.id,
    name: registration.name,
    ...(registration.organisation ? { organisation: registration.organisation } : {}),
    suits: [...input.suits].sort((a, b) => a - b),
    answeredAt: now.toISOString(),
  });
  return readPoll(store, undefined, meetingId);
}

/** Those who plan the meeting choose an option: the draft gets that time (audited as a change of it), and the poll takes no more answers. */
export async function decidePoll(store: Store, caller: Caller, meetingId: string, option: number, now: Date) {
  const meeting = await polledMeeting(store, meetingId);
  assertManages(meeting, caller);
  if (meeting.datePoll.chosen !== undefined)
    throw new Conflict('The date has been decided already.', 'poll_closed');
  const span = meeting.datePoll.options[option];
  if (!span) throw new ValidationFailed([{ field: 'option', message: 'No such option.', code: 'choice' }]);
  const after: Meeting = {
    ...meeting,
    startsAt: span.startsAt,
    endsAt: span.endsAt,
    datePoll: { ...meeting.datePoll, chosen: option },
    updatedAt: now.toISOString(),
    version: meeting.version + 1,
  };
  try {
    await transact(store, [
      meetingSave(meeting, after),
      putItem(
        auditItem(
          {
            actor: actorOf(caller),
            action: 'meeting.updated',
            before: { startsAt: meeting.startsAt, endsAt: meeting.endsAt, datePoll: meeting.datePoll },
            after: { startsAt: after.startsAt, endsAt: after.endsAt, datePoll: after.datePoll },
          },
          now,
        ),
      ),
    ]);
  } catch (error) {
    if (failedNames(error).has('meeting'))
      throw new Conflict('The meeting changed meanwhile: read it again.', 'changed_meanwhile');
    throw error;
  }
  return readPoll(store, caller, meetingId);
}
