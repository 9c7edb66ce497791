import type { Store } from '#shared/store/client.ts';
import type { Places } from './meeting.ts';
import { getMeeting } from './meeting-store.ts';
import { promotedNotice } from './registration-mail.ts';
import { promoteFirst } from './registration-store.ts';

/** Whether the meeting's places, as a change left them, leave someone to move up. */
export const hasRoomForWaiting = (places: Pick<Places, 'capacity' | 'registered' | 'waiting'>) =>
  places.registered < places.capacity && places.waiting > 0;

/**
 * Moves the waiting list up into every free place, lowest position first, each move one
 * transaction with the email that tells its person. Done again (a stream record delivered twice),
 * it finds nothing more to move. A meeting that has started, or is no longer published, moves no one.
 */
export async function moveWaitingList(store: Store, key: Uint8Array, meetingId: string, now: Date) {
  const meeting = await getMeeting(store, meetingId);
  if (meeting?.status !== 'published' || !meeting.startsAt || new Date(meeting.startsAt) <= now) return [];
  const promoted = [];
  for (;;) {
    const next = await promoteFirst(store, meetingId, now, (r) => promotedNotice(key, meeting, r, now));
    if (!next) return promoted;
    promoted.push(next);
  }
}
