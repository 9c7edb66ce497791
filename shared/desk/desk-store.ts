import { type Meeting, storedMeeting } from '#shared/meetings/meeting.ts';
import type { Store } from '#shared/store/client.ts';
import { queryAll, queryPage } from '#shared/store/query.ts';

/*
 * The desk's reads of partitions other stores write. The meeting store lists a meeting in gsi1
 * `MEETINGS#<status>` / `<startsAt>#<id>` (a draft without a date sorts first), and the
 * registration store every registration in gsi2 `REGISTRANT#<email>` / `<meetingId>`.
 */
const meetingsWithStatus = (status: 'published' | 'draft') => `MEETINGS#${status}`;
const registrationsOf = (email: string) => `REGISTRANT#${email}`;

/**
 * Meetings of a status that have not started, soonest first; drafts without a date too (first).
 * Published meetings leave the partition when closed, so the few past ones the filter skips are
 * those whose minutes are still being written.
 */
export async function comingMeetings(
  store: Store,
  status: 'published' | 'draft',
  now: Date,
  limit: number,
): Promise<Meeting[]> {
  const page = await queryPage(
    store,
    {
      index: 'gsi1',
      partition: meetingsWithStatus(status),
      limit,
      filter: {
        expression: 'attribute_not_exists(startsAt) OR startsAt >= :now',
        values: { ':now': now.toISOString() },
      },
    },
    undefined,
    (item) => storedMeeting.parse(item),
  );
  return page.items;
}

/** The meetings a person (by address) has a registration for that is not cancelled. */
export async function meetingsRegisteredFor(store: Store, email: string): Promise<Set<string>> {
  const items = await queryAll(store, {
    index: 'gsi2',
    partition: registrationsOf(email),
    filter: {
      expression: '#status <> :cancelled',
      names: { '#status': 'status' },
      values: { ':cancelled': 'cancelled' },
    },
  });
  return new Set(items.map((item) => String(item.meetingId)));
}
