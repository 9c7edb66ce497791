import { type Meeting, storedMeeting } from '#shared/meetings/meeting.ts';
import { meetingsWithStatus } from '#shared/meetings/meeting-store.ts';
import type { Store } from '#shared/store/client.ts';
import { queryPage } from '#shared/store/query.ts';

/**
 * Meetings of a status that have not started, soonest first: the sort keys after now of gsi1
 * `MEETINGS#<status>` / `<startsAt>#<id>` (the meeting store's), so no past or undated one is read.
 */
export async function comingMeetings(
  store: Store,
  status: 'published' | 'draft',
  now: Date,
  limit: number,
): Promise<Meeting[]> {
  const page = await queryPage(
    store,
    { index: 'gsi1', partition: meetingsWithStatus(status), sortKeyAfter: now.toISOString(), limit },
    undefined,
    (item) => storedMeeting.parse(item),
  );
  return page.items;
}

/** A draft whose date is not agreed yet (its sort key has no date, so it sorts before every dated one). */
export async function undatedDraft(store: Store): Promise<Meeting | undefined> {
  const page = await queryPage(
    store,
    { index: 'gsi1', partition: meetingsWithStatus('draft'), sortKeyPrefix: '#', limit: 1 },
    undefined,
    (item) => storedMeeting.parse(item),
  );
  return page.items[0];
}
