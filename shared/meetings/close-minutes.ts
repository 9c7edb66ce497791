import { randomUUID } from 'node:crypto';
import { actorOf } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict, DomainError, ValidationFailed } from '#shared/errors.ts';
import { completeReminder } from '#shared/statements/reminders.ts';
import type { Store } from '#shared/store/client.ts';
import { failedNames, putItem, type TransactItem, transact } from '#shared/store/transactions.ts';
import { memberHost } from './draft-meeting.ts';
import { type Meeting, nextHost, type Series } from './meeting.ts';
import { getSeries, listRegistrations, meetingCreation, meetingSave } from './meeting-store.ts';
import { type CloseInput, type Minutes, spansInOrder } from './minutes.ts';
import { minutesMailReminder, writeMinutesNotices } from './minutes-mail.ts';
import { getMinutes, minutesSave } from './minutes-store.ts';
import { managedMeeting } from './read-meetings.ts';

/** The host of the next meeting: the one asked for, which must take turns in the series; else the one after this host. */
export function chooseHost(series: Series, meeting: Meeting, asked: string | undefined) {
  const rotation =
    series.rotation.length > 0
      ? series.rotation
      : [{ organisationId: meeting.hostOrganisationId, name: meeting.hostOrganisationName }];
  const id = asked ?? nextHost(rotation, meeting.hostOrganisationId);
  const host = rotation.find((r) => r.organisationId === id);
  if (!host)
    throw new ValidationFailed([
      {
        field: 'hostOrganisationId',
        message: "The next host must be one of the series' host rotation.",
        code: 'choice',
      },
    ]);
  return host;
}

/** The next host must still be a member: one that left or was removed is refused, not handed the draft. */
async function nextHostIsMember(store: Store, host: { organisationId: string; name: string }) {
  try {
    await memberHost(store, host.organisationId);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new Conflict(
      `${host.name} in the host rotation is no longer a member: choose another host, or have the coordinator update the rotation.`,
      'host_not_member',
    );
  }
}

/** The draft the closing creates: same series, capacity and turns, the next host, and its time or its poll. */
export function nextMeetingDraft(
  meeting: Meeting,
  series: Series,
  host: { organisationId: string; name: string },
  next: CloseInput['next'],
  createdBy: string,
  now: Date,
): Meeting {
  const at = now.toISOString();
  return {
    id: randomUUID(),
    seriesId: meeting.seriesId,
    hostOrganisationId: host.organisationId,
    hostOrganisationName: host.name,
    title: series.name,
    language: meeting.language,
    ...('options' in next
      ? { datePoll: { options: next.options } }
      : { startsAt: next.startsAt, endsAt: next.endsAt }),
    capacity: meeting.capacity,
    turnMinutes: meeting.turnMinutes,
    agenda: [],
    checklist: {},
    status: 'draft',
    previousMeetingId: meeting.id,
    createdBy,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/**
 * Publishes the minutes with the next meeting agreed: its time or a date poll, and its host. The
 * minutes, the meeting closed, the next meeting's draft, the audit entry and a `minutes` reminder
 * are written together; then every registered participant is mailed the minutes and, if the date is
 * polled, their own poll link (shared/meetings/minutes-mail.ts), and the reminder is removed. Should
 * the closing stop in between, the hourly send-reminders finds the reminder and mails the rest:
 * each notice has a fixed key, so nobody is mailed twice.
 */
export async function closeMinutes(
  store: Store,
  caller: Caller,
  meetingId: string,
  input: CloseInput,
  linkKey: Uint8Array,
  now: Date,
) {
  const meeting = await managedMeeting(store, meetingId, caller);
  if (meeting.status === 'closed')
    throw new Conflict('These minutes are published and the meeting closed already.', 'already_closed');
  const spans = 'options' in input.next ? input.next.options : [input.next];
  if (!spansInOrder(spans))
    throw new ValidationFailed([
      { field: 'next', message: 'Each end must come after its start.', code: 'format' },
    ]);
  const [before, series, registrations] = await Promise.all([
    getMinutes(store, meetingId),
    getSeries(store, meeting.seriesId),
    listRegistrations(store, meetingId),
  ]);
  if (!before) throw new Conflict('Write and save the minutes before closing them.', 'no_minutes');
  if (!series) throw new Conflict('The series of this meeting no longer exists.', 'no_series');
  const host = chooseHost(series, meeting, input.hostOrganisationId);
  await nextHostIsMember(store, host);
  const next = nextMeetingDraft(meeting, series, host, input.next, caller.personId, now);
  const at = now.toISOString();
  const published: Minutes = { ...before, status: 'published', publishedAt: at, version: before.version + 1 };
  const closed: Meeting = {
    ...meeting,
    status: 'closed',
    nextMeetingId: next.id,
    updatedAt: at,
    version: meeting.version + 1,
  };
  const reminder = minutesMailReminder(meetingId, now);
  const own: TransactItem[] = [
    minutesSave(before, published, { meetingTitle: meeting.title, meetingStartsAt: meeting.startsAt ?? at }),
    meetingSave(meeting, closed),
    ...meetingCreation(next),
    putItem(
      auditItem(
        {
          actor: actorOf(caller),
          action: 'meeting.closed',
          organisationId: meeting.hostOrganisationId,
          after: {
            meetingId,
            nextMeetingId: next.id,
            hostOrganisationId: host.organisationId,
            next: input.next,
          },
        },
        now,
      ),
    ),
    putItem(reminder),
  ];
  try {
    await transact(store, own);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('meeting') || failed.has('minutes'))
      throw new Conflict(
        'The meeting or its minutes changed meanwhile: read them again.',
        'changed_meanwhile',
      );
    throw error;
  }
  await writeMinutesNotices(
    store,
    { meeting: closed, minutes: published, next, registrations },
    linkKey,
    now,
  );
  await completeReminder(store, reminder, []);
  return { minutes: published, meeting: closed, nextMeeting: next };
}
