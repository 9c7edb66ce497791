import { signedLinkKey } from '#shared/auth/session-key.ts';
import { inParallel } from '#shared/concurrency.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import type { NoticeTemplate } from '#shared/mail/templates.ts';
import { type Reminder, reminderItem } from '#shared/statements/reminders.ts';
import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { createOnce } from '#shared/store/transactions.ts';
import { registrationPath } from './links.ts';
import type { Meeting, Registration } from './meeting.ts';
import { getMeeting, listRegistrations } from './meeting-store.ts';
import type { Decision, Minutes } from './minutes.ts';
import { getMinutes } from './minutes-store.ts';

/** A closed meeting with what its participants are mailed about: its minutes and the next meeting. */
export interface Closing {
  meeting: Meeting;
  minutes: Minutes;
  next: Meeting;
  registrations: Registration[];
}

/**
 * The reminder a closing writes in its transaction, due at once: the mail it owes, which the
 * closing sends itself right after, and the hourly schedule finishes if the closing stopped first.
 */
export const minutesMailReminder = (meetingId: string, now: Date) =>
  reminderItem('minutes', meetingId, now, 1);

/** The decisions as a markdown list, for the email. */
const decisionList = (decisions: Decision[]) =>
  decisions.map((d) => `- ${d.text.replace(/\s+/g, ' ')}`).join('\n');

/** A notice whose key is fixed by meeting, registration and template, so it is written once however often it is asked for. */
function onceNotice(
  template: NoticeTemplate,
  meetingId: string,
  r: Registration,
  params: Record<string, string>,
  now: Date,
) {
  const id = `${template}-${meetingId}-${r.id}`;
  const notice = noticeItem(template, [{ email: r.email, language: r.language }], params, now);
  return { ...notice, [KEY.pk]: `NOTICE#${id}`, id };
}

/**
 * Every registered participant's minutes notice and, while the next date is still polled, their own
 * poll link (a poll decided since mails no link; the minutes then give the time chosen).
 */
export function minutesNotices(
  { meeting, minutes, next, registrations }: Closing,
  linkKey: Uint8Array,
  now: Date,
) {
  const participants = registrations.filter((r) => r.status === 'registered');
  const polled = next.datePoll && next.datePoll.chosen === undefined;
  const params = {
    title: meeting.title,
    path: `/meetings/${meeting.id}`,
    decisions: decisionList(minutes.decisions),
    ...(next.startsAt ? { nextTime: next.startsAt } : {}),
  };
  return participants.flatMap((r) => [
    onceNotice('minutesPublished', meeting.id, r, params, now),
    ...(polled
      ? [
          onceNotice(
            'datePollRequest',
            meeting.id,
            r,
            { title: meeting.title, path: registrationPath(linkKey, 'poll', meeting.id, r.id, next.id) },
            now,
          ),
        ]
      : []),
  ]);
}

/**
 * Writes the closing's notices, each only if not written yet (one conditional put each, ten at a
 * time, so any number of participants fits): a run stopped half-way and run again mails nobody
 * twice. True when it wrote any.
 */
export async function writeMinutesNotices(
  store: Store,
  closing: Closing,
  linkKey: Uint8Array,
  now: Date,
): Promise<boolean> {
  let written = false;
  await inParallel(minutesNotices(closing, linkKey, now), 10, async (notice) => {
    if (await createOnce(store, notice)) written = true;
  });
  return written;
}

/** The schedule's part: the closing read back, its notices written if the meeting is still closed with published minutes. */
export async function mailClosedMinutes(store: Store, reminder: Reminder, now: Date): Promise<boolean> {
  const meeting = await getMeeting(store, reminder.subjectId);
  if (meeting?.status !== 'closed' || !meeting.nextMeetingId) return false;
  const [minutes, next, registrations] = await Promise.all([
    getMinutes(store, meeting.id),
    getMeeting(store, meeting.nextMeetingId),
    listRegistrations(store, meeting.id),
  ]);
  if (minutes?.status !== 'published' || !next) return false;
  return writeMinutesNotices(store, { meeting, minutes, next, registrations }, await signedLinkKey(), now);
}
