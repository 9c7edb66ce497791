import { signedLinkKey } from '#shared/auth/session-key.ts';
import { inParallel } from '#shared/concurrency.ts';
import { config } from '#shared/config.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import type { Reminder } from '#shared/statements/reminders.ts';
import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { createOnce } from '#shared/store/transactions.ts';
import { agendaParam, whereAndWhen } from './invitations.ts';
import { registrationPath } from './links.ts';
import { reminderDue } from './meeting.ts';
import { getMeeting, listRegistrations } from './meeting-store.ts';

/**
 * Reminds a published meeting's registered participants, each in their language with their own
 * cancel link. A reminder scheduled for another start (the meeting moved since) or for a meeting no
 * longer coming reminds no one. Each participant's notice has a key of its own for this start, so
 * a run stopped half-way and run again sends nobody a second one. True when anyone was reminded.
 */
export async function remindParticipants(store: Store, reminder: Reminder, now: Date): Promise<boolean> {
  const m = await getMeeting(store, reminder.subjectId);
  if (m?.status !== 'published' || !m.startsAt) return false;
  if (reminderDue(m.startsAt).toISOString() !== reminder.dueAt) return false;
  if (Date.parse(m.startsAt) <= now.getTime()) return false;
  const startsAt = m.startsAt;
  const registered = (await listRegistrations(store, m.id)).filter((r) => r.status === 'registered');
  const key = await signedLinkKey();
  const { publicBaseUrl } = config();
  await inParallel(registered, 10, (r) => {
    const id = `meeting-reminder-${m.id}-${r.id}-${startsAt}`;
    const notice = noticeItem(
      'meetingReminder',
      [{ email: r.email, language: r.language }],
      {
        ...whereAndWhen(m),
        ...agendaParam(m, r.language),
        cancelUrl: `${publicBaseUrl}${registrationPath(key, 'cancel', m.id, r.id)}`,
      },
      now,
    );
    return createOnce(store, { ...notice, [KEY.pk]: `NOTICE#${id}`, id });
  });
  return registered.length > 0;
}
