import { type Meeting, storedMeeting } from '#shared/meetings/meeting.ts';
import { meetingsWithStatus } from '#shared/meetings/meeting-store.ts';
import type { Store } from '#shared/store/client.ts';
import { queryPage } from '#shared/store/query.ts';

/**
 * Meetings of a status that have not started, soonest first (gsi1 `MEETINGS#<status>` /
 * `<startsAt>#<id>`, the meeting store's); drafts without a date too (they sort first).
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
