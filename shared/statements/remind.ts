import { bodyName } from '#shared/bodies/body.ts';
import { getBody, listOfficers } from '#shared/bodies/body-store.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { noticeItems } from '#shared/mail/notices.ts';
import { mailInvitations } from '#shared/meetings/invitations.ts';
import { mailClosedMinutes } from '#shared/meetings/minutes-mail.ts';
import { remindParticipants } from '#shared/meetings/remind-meeting.ts';
import { recipientsOf, representativesOf } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { getSubmission } from '#shared/submissions/submission-store.ts';
import {
  remindTranslations,
  type TranslationReminderReport,
} from '#shared/translations/remind-translations.ts';
import {
  ACKNOWLEDGE_REMINDERS,
  completeReminder,
  dueReminders,
  type Reminder,
  reminderItem,
} from './reminders.ts';
import { getStatement, listSignatures } from './statement-store.ts';

/** What handling a due reminder writes: its notices and the next round, or nothing when no longer needed. */
async function handling(store: Store, reminder: Reminder, now: Date): Promise<Record<string, unknown>[]> {
  if (reminder.kind === 'cosign') {
    const statement = await getStatement(store, reminder.subjectId);
    if (statement?.status !== 'open' || !statement.cosignDeadline) return [];
    const [consultation, signatures, lead] = await Promise.all([
      getConsultation(store, statement.consultationId),
      listSignatures(store, statement.id),
      representativesOf(store, [statement.leadOrganisationId]),
    ]);
    return noticeItems(
      'cosignReminder',
      lead,
      {
        title: statement.title,
        cosignDeadlineAt: statement.cosignDeadline,
        statementDeadlineAt: consultation?.statementDeadline ?? statement.cosignDeadline,
        count: String(signatures.filter((s) => s.contentHash === statement.contentHash).length),
        path: `/statements/${statement.id}`,
      },
      now,
    );
  }
  const submission = await getSubmission(store, reminder.subjectId);
  if (!submission || submission.acknowledgement) return [];
  const [body, officers] = await Promise.all([
    getBody(store, submission.bodyId),
    listOfficers(store, submission.bodyId),
  ]);
  const next =
    reminder.round < ACKNOWLEDGE_REMINDERS.rounds
      ? [
          reminderItem(
            'acknowledge',
            submission.id,
            new Date(now.getTime() + ACKNOWLEDGE_REMINDERS.everyDays * 86_400_000),
            reminder.round + 1,
          ),
        ]
      : [];
  return [
    ...noticeItems(
      'acknowledgeReminder',
      recipientsOf(officers),
      {
        title: submission.title,
        lead: submission.leadOrganisationName,
        count: String(submission.signatories.length),
        body: body ? bodyName(body, 'fi') : '',
        submittedAt: submission.submittedAt,
        path: `/bodies/${submission.bodyId}/inbox`,
      },
      now,
    ),
    ...next,
  ];
}

export interface ReminderReport {
  due: number;
  sent: number;
  /** The translation workflow's summaries and reminders (shared/translations/remind-translations.ts). */
  translations: TranslationReminderReport;
}

/**
 * Handles one due reminder: true when it sent anything. A meeting's participants may be hundreds,
 * more than one transaction holds, so their notices are written first, each once
 * (shared/meetings/remind-meeting.ts, minutes-mail.ts for a closing's mail, invitations.ts for a
 * publishing's), and the reminder removed after.
 */
async function remind(store: Store, reminder: Reminder, now: Date): Promise<boolean> {
  if (reminder.kind === 'meeting' || reminder.kind === 'minutes' || reminder.kind === 'invitations') {
    const mailed =
      reminder.kind === 'meeting'
        ? await remindParticipants(store, reminder, now)
        : reminder.kind === 'minutes'
          ? await mailClosedMinutes(store, reminder, now)
          : await mailInvitations(store, reminder, now);
    return (await completeReminder(store, reminder, [])) && mailed;
  }
  const writes = await handling(store, reminder, now);
  return (await completeReminder(store, reminder, writes)) && writes.some((w) => w.entity === 'notice');
}

/**
 * Sends what is due; a reminder no longer needed (the statement submitted, the submission
 * acknowledged, the meeting moved or over) is dropped. The translators' daily summaries and the
 * coordinators' reminders of untaken translation requests ride the same hourly run.
 */
export async function sendDueReminders(store: Store, now: Date): Promise<ReminderReport> {
  const due = await dueReminders(store, now);
  let sent = 0;
  for (const reminder of due) if (await remind(store, reminder, now)) sent += 1;
  return { due: due.length, sent, translations: await remindTranslations(store, now) };
}
