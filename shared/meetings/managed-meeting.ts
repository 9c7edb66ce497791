import type { Caller } from '#shared/auth/access.ts';
import { Forbidden, NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { type Meeting, mayManage } from './meeting.ts';
import { getMeeting } from './meeting-store.ts';

/** A meeting that exists, or 404. */
export async function existingMeeting(store: Store, id: string): Promise<Meeting> {
  const found = await getMeeting(store, id);
  if (!found) throw new NotFound('There is no such meeting.');
  return found;
}

/** A meeting the caller plans and runs (the coordinator or the host's representatives), or 403. */
export async function managedMeeting(store: Store, caller: Caller, id: string): Promise<Meeting> {
  const found = await existingMeeting(store, id);
  if (!mayManage(found, caller))
    throw new Forbidden("Only the coordinator and the host's representatives may do this.");
  return found;
}
