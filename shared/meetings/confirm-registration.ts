import { Conflict, DomainError } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import type { Meeting, Registration } from './meeting.ts';
import { getMeeting } from './meeting-store.ts';
import { confirmedNotice } from './registration-mail.ts';
import { confirmAt, isLive, nextPosition, readRegistration, waitingAhead } from './registration-store.ts';

/** Only a published meeting that has not started takes registrations (and confirmations of them). */
export function assertOpen(meeting: Meeting, now: Date) {
  if (meeting.status !== 'published')
    throw new Conflict('This meeting does not take registrations.', 'registration_closed');
  if (!meeting.startsAt || new Date(meeting.startsAt) <= now)
    throw new Conflict(
      'This meeting has already started: it takes no more registrations.',
      'registration_closed',
    );
}

export interface Registered {
  status: Registration['status'];
  position?: number;
}

/** Tries at most this many positions: one is lost only when the waiting list moved past it meanwhile. */
const MAX_POSITIONS = 5;

export const registrationGone = () =>
  new DomainError(
    'notFound',
    'registration_expired',
    'This registration was not confirmed in time, or no longer exists. Register again.',
  );

/**
 * Confirms a registration's address. Its position in the order of acceptance is taken first (an
 * atomic counter), then one transaction gives it a place when one is free and nobody waits, or a
 * spot on the waiting list; the email saying which is written with it. Confirming again answers
 * what the registration has become.
 */
export async function confirmRegistration(
  store: Store,
  key: Uint8Array,
  meetingId: string,
  registrationId: string,
  now: Date,
): Promise<Registered> {
  for (let attempt = 1; ; attempt += 1) {
    const { registration, expiresAt } = await readRegistration(store, meetingId, registrationId);
    if (registration?.status === 'cancelled')
      throw new Conflict('This registration was cancelled. Register again.', 'registration_cancelled');
    if (!registration || !isLive(registration, expiresAt, now)) throw registrationGone();
    if (registration.status !== 'unconfirmed')
      return { status: registration.status, position: registration.position };
    const meeting = await getMeeting(store, meetingId);
    if (!meeting) throw registrationGone();
    assertOpen(meeting, now);
    const position = await nextPosition(store, meetingId);
    const notice = async (status: 'registered' | 'waiting') => {
      const confirmed: Registration = { ...registration, status, position };
      return confirmedNotice(key, meeting, confirmed, now, await waitingAhead(store, confirmed));
    };
    const done = await confirmAt(store, registration, position, now, notice);
    if (done.outcome === 'registered' || done.outcome === 'waiting')
      return { status: done.outcome, position: done.position };
    // Confirmed by another click meanwhile (read again above), or outrun by the moving list: a new position.
    if (attempt >= MAX_POSITIONS) throw new DomainError('conflict', 'changed_meanwhile', 'Try again.');
  }
}
