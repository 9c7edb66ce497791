import * as z from 'zod/mini';
import { signedLinkKey } from '#shared/auth/session-key.ts';
import { hasRoomForWaiting, moveWaitingList } from '#shared/meetings/waiting-list.ts';
import { store } from '#shared/store/client.ts';
import type { TableChange } from '../lib/stream.ts';

const placesImage = z.object({
  meetingId: z.string(),
  capacity: z.number(),
  registered: z.number(),
  waiting: z.number(),
});

/**
 * A meeting's places changed (send-mail: MODIFY of `places`): a place given back, or a larger
 * capacity, while someone waits moves the waiting list up, first come first. Whatever the record
 * says, the move reads the places again and holds only over what it read, so a record delivered
 * twice, or late, moves no one twice.
 */
export async function handle(change: TableChange) {
  const places = placesImage.parse(change.newImage);
  if (!hasRoomForWaiting(places)) return;
  await moveWaitingList(store(), await signedLinkKey(), places.meetingId, new Date());
}
