import { actorOf } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict } from '#shared/errors.ts';
import { completeReminder, reminderItem } from '#shared/statements/reminders.ts';
import type { Store } from '#shared/store/client.ts';
import { failedNames, putItem, transact } from '#shared/store/transactions.ts';
import { invitationsReminder, writeInvitations } from './invitations.ts';
import { assertPublishable, type Meeting, reminderDue } from './meeting.ts';
import { getSeries, meetingSave } from './meeting-store.ts';
import { type MeetingView, managedMeeting, viewOf } from './read-meetings.ts';

/**
 * Publishes a draft: registration opens, every member organisation's representatives are invited
 * (the checklist's `invitations` ticked), and the participants' reminder is scheduled 48 hours
 * before the start (at once, for a meeting closer than that). The meeting, that reminder, the audit
 * entry and an `invitations` reminder due at once are one transaction; the invitations, more than
 * one transaction holds in a large network, are written right after, each once
 * (shared/meetings/invitations.ts), and the reminder removed. Should publishing stop in between,
 * the hourly send-reminders finds the reminder and invites the rest.
 */
export async function publishMeeting(
  store: Store,
  caller: Caller,
  id: string,
  publicBaseUrl: string,
  now: Date,
): Promise<MeetingView> {
  const before = await managedMeeting(store, id, caller);
  if (before.status !== 'draft') throw new Conflict('The meeting is already published.', 'not_draft');
  assertPublishable(before);
  const at = now.toISOString();
  const published: Meeting = {
    ...before,
    status: 'published',
    checklist: { ...before.checklist, invitations: true },
    publishedAt: at,
    updatedAt: at,
    version: before.version + 1,
  };
  const series = await getSeries(store, before.seriesId);
  const invitations = invitationsReminder(id, now);
  try {
    await transact(store, [
      meetingSave(before, published),
      putItem(reminderItem('meeting', id, reminderDue(published.startsAt ?? at), 1)),
      putItem(auditItem({ actor: actorOf(caller), action: 'meeting.published', after: { id } }, now)),
      putItem(invitations),
    ]);
  } catch (error) {
    if (failedNames(error).has('meeting'))
      throw new Conflict(
        'Someone changed this meeting at the same time. Reload it and try again.',
        'changed_meanwhile',
      );
    throw error;
  }
  await writeInvitations(store, published, series?.name ?? '', publicBaseUrl, now);
  await completeReminder(store, invitations, []);
  return viewOf(published, series?.name ?? '', undefined, caller);
}
