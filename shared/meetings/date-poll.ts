import { actorOf } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import type { Caller } from '#shared/auth/access.ts';
import { BadRequest, Conflict, NotFound, ValidationFailed } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { failedNames, putItem, transact } from '#shared/store/transactions.ts';
import { isRegistrationToken } from './links.ts';
import { type Meeting, mayManage, type Registration } from './meeting.ts';
import { getMeeting, getRegistration, meetingSave } from './meeting-store.ts';
import { type PollAnswerInput, pollCounts } from './minutes.ts';
import { deletePollAnswer, getPollAnswer, listPollAnswers, putPollAnswer } from './minutes-store.ts';
import { assertManages, existingMeeting } from './read-meetings.ts';

const badLink = () =>
  new BadRequest('This poll link is not valid: use the one in your email.', 'invalid_link');

type PolledMeeting = Meeting & { datePoll: NonNullable<Meeting['datePoll']> };

async function polledMeeting(store: Store, meetingId: string): Promise<PolledMeeting> {
  const meeting = await existingMeeting(store, meetingId);
  if (!meeting.datePoll) throw new NotFound('This meeting has no date poll.');
  return meeting as PolledMeeting;
}

/** A poll is answered and decided only while its meeting is a draft and no option is chosen. */
function assertOpen(meeting: PolledMeeting) {
  if (meeting.status !== 'draft' || meeting.datePoll.chosen !== undefined)
    throw new Conflict('The date has been decided already.', 'poll_closed');
}

/** The link a participant was mailed: the meeting they attended, their registration there, and its token. */
export interface PollLink {
  m?: string;
  r?: string;
  t?: string;
}

const isPollLink = (meeting: Meeting, link: PollLink, keys: Uint8Array[]) =>
  Boolean(
    link.m &&
      link.r &&
      link.t &&
      meeting.previousMeetingId === link.m &&
      isRegistrationToken(keys, 'poll', link.m, link.r, link.t),
  );

/**
 * Who answered is shown to those who ran the meeting the answerers attended (its host's
 * representatives, the coordinator), not to the next host, whom they did not give their names.
 */
async function seesNames(store: Store, meeting: Meeting, caller: Caller | undefined) {
  if (!caller) return false;
  if (caller.coordinator) return true;
  const previous = meeting.previousMeetingId ? await getMeeting(store, meeting.previousMeetingId) : undefined;
  return Boolean(previous && mayManage(previous, caller));
}

async function pollView(store: Store, meeting: PolledMeeting, names: boolean) {
  const answers = await listPollAnswers(store, meeting.id);
  const counts = pollCounts(meeting.datePoll.options.length, answers);
  return {
    meetingId: meeting.id,
    title: meeting.title,
    previousMeetingId: meeting.previousMeetingId,
    options: meeting.datePoll.options.map((option, i) => ({ ...option, suits: counts[i] ?? 0 })),
    chosen: meeting.datePoll.chosen,
    answerCount: answers.length,
    ...(names
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
 * The poll's options with how many each suits: for those who plan the polled meeting or ran the
 * meeting that agreed it, and for a participant with the link they were mailed (anyone else is not
 * told the draft exists). Who answered what only for those who ran the meeting the answerers
 * attended (`seesNames`).
 */
export async function readPoll(
  store: Store,
  caller: Caller | undefined,
  meetingId: string,
  link: PollLink,
  linkKeys: Uint8Array[],
) {
  const meeting = await polledMeeting(store, meetingId);
  const names = await seesNames(store, meeting, caller);
  if (!names && !mayManage(meeting, caller) && !isPollLink(meeting, link, linkKeys))
    throw new NotFound('There is no such meeting.');
  return pollView(store, meeting, names);
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
  const link = { m: input.meetingId, r: input.registrationId, t: input.token };
  if (!isPollLink(meeting, link, linkKeys)) throw badLink();
  const registration = await getRegistration(store, input.meetingId, input.registrationId);
  if (registration?.status !== 'registered') throw badLink();
  assertOpen(meeting);
  if (input.suits.some((i) => i >= meeting.datePoll.options.length))
    throw new ValidationFailed([{ field: 'suits', message: 'No such option.', code: 'choice' }]);
  try {
    await putPollAnswer(store, meetingId, {
      registrationId: registration.id,
      name: registration.name,
      ...(registration.organisation ? { organisation: registration.organisation } : {}),
      suits: [...input.suits].sort((a, b) => a - b),
      answeredAt: now.toISOString(),
    });
  } catch (error) {
    if (failedNames(error).has('poll'))
      throw new Conflict('The date has been decided already.', 'poll_closed');
    throw error;
  }
  return pollView(store, await polledMeeting(store, meetingId), false);
}

/** Those who plan the meeting choose an option: the draft gets that time (audited as a change of it), and the poll takes no more answers. */
export async function decidePoll(store: Store, caller: Caller, meetingId: string, option: number, now: Date) {
  const meeting = await polledMeeting(store, meetingId);
  assertManages(meeting, caller);
  assertOpen(meeting);
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
  return pollView(store, after as PolledMeeting, await seesNames(store, after, caller));
}

/** The answers a person gave with their registrations: each in the poll of the meeting agreed at the one they attended. */
export async function pollAnswersOf(store: Store, registrations: Pick<Registration, 'id' | 'meetingId'>[]) {
  const found = await Promise.all(
    registrations.map(async (r) => {
      const next = (await getMeeting(store, r.meetingId))?.nextMeetingId;
      const answer = next ? await getPollAnswer(store, next, r.id) : undefined;
      return answer ? [{ pollMeetingId: next as string, ...answer }] : [];
    }),
  );
  return found.flat();
}

/** An erased registration's answer to the next meeting's poll goes with it (it keeps the name and organisation). */
export async function erasePollAnswer(store: Store, registration: Pick<Registration, 'id' | 'meetingId'>) {
  const next = (await getMeeting(store, registration.meetingId))?.nextMeetingId;
  if (next) await deletePollAnswer(store, next, registration.id);
}
