import type * as z from 'zod/mini';
import type { Caller } from '#shared/auth/access.ts';
import { signedLinkKeys } from '#shared/auth/session-key.ts';
import { BadRequest, Conflict } from '#shared/errors.ts';
import { isRegistrationToken } from '#shared/meetings/links.ts';
import type { Meeting } from '#shared/meetings/meeting.ts';
import { getMeeting, getPlaces, getRegistration } from '#shared/meetings/meeting-store.ts';
import { managedMeeting } from '#shared/meetings/read-meetings.ts';
import type { Store } from '#shared/store/client.ts';
import type { FeedbackInput, FeedbackResults, feedbackForm } from './meeting-feedback.ts';
import { addFeedback, feedbackTexts, readFeedback } from './meeting-feedback-store.ts';
import { alreadyAnswered, figuresOf } from './tally.ts';

const hasEnded = (meeting: Meeting, at: Date) =>
  meeting.status !== 'draft' && meeting.endsAt !== undefined && meeting.endsAt <= at.toISOString();

const badLink = () =>
  new BadRequest('This feedback link is not valid. Use the link in the email you were sent.', 'invalid_link');

/** The meeting and the registration a signed feedback link names, or the 400 of a link that is not one. */
async function linked(store: Store, meetingId: string, registrationId: string, token: string) {
  if (!isRegistrationToken(await signedLinkKeys(), 'feedback', meetingId, registrationId, token))
    throw badLink();
  const [meeting, registration] = await Promise.all([
    getMeeting(store, meetingId),
    getRegistration(store, meetingId, registrationId),
  ]);
  if (!meeting || registration?.status !== 'registered') throw badLink();
  return { meeting, registration };
}

export async function openFeedback(
  store: Store,
  meetingId: string,
  registrationId: string,
  token: string,
): Promise<z.output<typeof feedbackForm>> {
  const { meeting, registration } = await linked(store, meetingId, registrationId, token);
  const { id, title, startsAt, endsAt } = meeting;
  return { meeting: { id, title, startsAt, endsAt }, answered: registration.feedbackGiven === true };
}

/** Takes a participant's answer; it keeps no trace of who gave it, only that they did. */
export async function answerFeedback(store: Store, meetingId: string, input: FeedbackInput, now: Date) {
  const { meeting, registration } = await linked(store, meetingId, input.registrationId, input.token);
  if (!hasEnded(meeting, now))
    throw new Conflict('The meeting has not ended yet: its feedback opens after it.', 'not_ended');
  if (registration.feedbackGiven) throw alreadyAnswered();
  const answer = { rating: input.rating, ...(input.text ? { text: input.text } : {}) };
  if (!(await addFeedback(store, meetingId, registration.id, answer, now))) throw alreadyAnswered();
  return { answered: true as const };
}

/** The results, for the coordinator and the host's representatives: a read of the tally, and a page of texts. */
export async function meetingFeedbackResults(
  store: Store,
  caller: Caller,
  meetingId: string,
  cursor: string | undefined,
): Promise<FeedbackResults> {
  await managedMeeting(store, meetingId, caller);
  const [{ tally, request }, texts] = await Promise.all([
    readFeedback(store, meetingId),
    feedbackTexts(store, meetingId, cursor),
  ]);
  // Before the survey is sent, those registered are those it will go to.
  const invited = request?.invited ?? (await getPlaces(store, meetingId))?.registered ?? 0;
  return {
    ...figuresOf(tally, invited),
    sent: request !== undefined,
    texts: texts.items,
    ...(texts.cursor ? { cursor: texts.cursor } : {}),
  };
}
