import { recipientsFor } from '#shared/alerts/fan-out.ts';
import type { Caller } from '#shared/auth/access.ts';
import { textFor } from '#shared/consultations/consultation.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { Conflict } from '#shared/errors.ts';
import { noticeItems } from '#shared/mail/notices.ts';
import type { Store } from '#shared/store/client.ts';
import { ledStatement } from './read-statement.ts';
import { COSIGN_REMINDER_HOURS, reminderItem } from './reminders.ts';
import { assertOpenable, type Statement } from './statement.ts';
import { saveStatement } from './statement-store.ts';

/**
 * The lead opens a draft for co-signing until a deadline within the consultation's: organisations
 * whose alerts match the consultation hear that they can co-sign, and the lead is reminded before
 * the deadline.
 */
export async function openStatement(
  store: Store,
  caller: Caller,
  id: string,
  cosignDeadline: string,
  now: Date,
): Promise<Statement> {
  const before = await ledStatement(store, id, caller, 'open statements for co-signing');
  const consultation = await getConsultation(store, before.consultationId);
  if (consultation?.status !== 'published')
    throw new Conflict(
      `The consultation is ${consultation?.status ?? 'gone'}; the statement cannot be opened.`,
      'not_published',
    );
  const deadline = new Date(cosignDeadline);
  assertOpenable(before, deadline, consultation.statementDeadline, now);
  const at = now.toISOString();
  const after: Statement = {
    ...before,
    status: 'open',
    cosignDeadline,
    openedAt: at,
    updatedAt: at,
  };
  const subscribers = (await recipientsFor(store, consultation)).filter(
    (r) => r.organisationId !== undefined && r.organisationId !== before.leadOrganisationId,
  );
  const remindAt = new Date(deadline.getTime() - COSIGN_REMINDER_HOURS * 3_600_000);
  await saveStatement(store, before, after, [
    ...noticeItems(
      'statementOpened',
      subscribers,
      {
        lead: before.leadOrganisationName,
        title: before.title,
        consultation: textFor(consultation, before.language).title,
        cosignDeadlineAt: cosignDeadline,
        path: `/statements/${before.id}`,
      },
      now,
    ),
    ...(remindAt > now ? [reminderItem('cosign', before.id, remindAt, 1)] : []),
  ]);
  return after;
}
