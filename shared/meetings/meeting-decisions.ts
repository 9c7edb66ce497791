import { ValidationFailed } from '#shared/errors.ts';
import type { Mandate } from '#shared/statements/statement.ts';
import type { Store } from '#shared/store/client.ts';
import { getMeeting } from './meeting-store.ts';
import { getMinutes, listDecidingMinutes } from './minutes-store.ts';

/** The day a meeting decided, in Helsinki (en-CA writes dates as YYYY-MM-DD). */
const helsinkiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' });
const decidedOn = (startsAt: string) => helsinkiDay.format(new Date(startsAt));

/** Decisions of published minutes, the newest meeting first: to choose one as a statement's mandate. */
export async function listMeetingDecisions(store: Store, cursor: string | undefined) {
  const page = await listDecidingMinutes(store, cursor);
  return {
    items: page.items.flatMap((m) =>
      m.decisions.map((d) => ({
        meetingId: m.meetingId,
        meetingTitle: m.meetingTitle,
        decidedOn: decidedOn(m.meetingStartsAt),
        decisionId: d.id,
        text: d.text,
      })),
    ),
    ...(page.cursor ? { cursor: page.cursor } : {}),
  };
}

/**
 * A mandate as it is recorded: one that names a meeting decision holds only if that meeting's
 * minutes are published with the decision, and is dated the day of the meeting (decided by the
 * meeting, unless the signer named who).
 */
export async function recordedMandate(store: Store, mandate: Mandate, field = 'mandate'): Promise<Mandate> {
  if (mandate.kind !== 'decision' || !mandate.meeting) return mandate;
  const { meetingId, decisionId } = mandate.meeting;
  const [meeting, minutes] = await Promise.all([getMeeting(store, meetingId), getMinutes(store, meetingId)]);
  if (
    !meeting?.startsAt ||
    minutes?.status !== 'published' ||
    !minutes.decisions.some((d) => d.id === decisionId)
  )
    throw new ValidationFailed([
      {
        field: `${field}.meeting`,
        message: 'No published minutes of a meeting hold that decision.',
        code: 'choice',
      },
    ]);
  return {
    ...mandate,
    decidedOn: decidedOn(meeting.startsAt),
    decidedBy: mandate.decidedBy ?? meeting.title,
  };
}
