import { signedLinkKey } from '#shared/auth/session-key.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import { registrationPath } from '#shared/meetings/links.ts';
import { listRegistrations } from '#shared/meetings/meeting-store.ts';
import type { Store } from '#shared/store/client.ts';
import { FEEDBACK_AFTER_HOURS, FEEDBACK_WITHIN_DAYS } from './meeting-feedback.ts';
import { feedbackRequests, meetingsStartedBetween, requestMark } from './meeting-feedback-store.ts';
import { NOTICES_PER_TRANSACTION, sendInTurns } from './personal-notices.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface FeedbackReport {
  meetings: number;
  sent: number;
}

/**
 * Emails every registered participant of each meeting that ended between 14 days and an hour ago
 * their own link to the survey, once. A meeting lasts less than a day, so those that ended in the
 * window started in it or the day before: one query on the start time finds them.
 */
export async function sendMeetingFeedback(
  store: Store,
  now: Date,
  perTurn = NOTICES_PER_TRANSACTION,
): Promise<FeedbackReport> {
  const latestEnd = new Date(now.getTime() - FEEDBACK_AFTER_HOURS * HOUR).toISOString();
  const earliestEnd = new Date(now.getTime() - FEEDBACK_WITHIN_DAYS * DAY).toISOString();
  const earliestStart = new Date(now.getTime() - (FEEDBACK_WITHIN_DAYS + 1) * DAY).toISOString();
  const ended = (await meetingsStartedBetween(store, earliestStart, latestEnd)).filter(
    (m) => m.endsAt !== undefined && m.endsAt >= earliestEnd && m.endsAt <= latestEnd,
  );
  const requests = await feedbackRequests(
    store,
    ended.map((m) => m.id),
  );
  const key = await signedLinkKey();
  const report: FeedbackReport = { meetings: 0, sent: 0 };
  for (const meeting of ended) {
    const request = requests.get(meeting.id);
    if (request?.done) continue;
    const registered = (await listRegistrations(store, meeting.id)).filter((r) => r.status === 'registered');
    const notices = registered.map((r) => ({
      key: r.id,
      notice: noticeItem(
        'meetingFeedback',
        [{ email: r.email, language: r.language }],
        {
          title: meeting.title,
          startsAt: meeting.startsAt ?? meeting.endsAt ?? '',
          path: registrationPath(key, 'feedback', meeting.id, r.id),
        },
        now,
      ),
    }));
    const mark = requestMark(meeting.id, request?.invited ?? registered.length, now);
    report.sent += await sendInTurns(store, notices, request?.after, mark, perTurn);
    report.meetings += 1;
  }
  return report;
}
