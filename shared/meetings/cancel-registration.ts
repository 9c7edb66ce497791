import { Conflict, DomainError } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { registrationGone } from './confirm-registration.ts';
import { erasePollAnswer } from './date-poll.ts';
import { getMeeting } from './meeting-store.ts';
import { cancelledNotice } from './registration-mail.ts';
import { cancelAs, deleteRegistration, readRegistration, registrationsOf } from './registration-store.ts';

/**
 * Cancels a registration, whatever it has become meanwhile: a place given back lets the waiting
 * list move up (the stream does that), a spot given back shortens it. A confirmed registration's
 * address is told, unless `quietly` (the person is erasing their account). Cancelling twice is no error.
 * Once the meeting has started nothing is cancelled (only erased): who came stays in its figures.
 */
export async function cancelRegistration(
  store: Store,
  meetingId: string,
  registrationId: string,
  now: Date,
  quietly = false,
): Promise<{ status: 'cancelled' }> {
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    const { registration } = await readRegistration(store, meetingId, registrationId);
    if (!registration) throw registrationGone();
    if (registration.status === 'cancelled') return { status: 'cancelled' };
    const meeting = await getMeeting(store, meetingId);
    if (!quietly && meeting?.startsAt && new Date(meeting.startsAt) <= now)
      throw new Conflict(
        'The meeting has started: its registrations can no longer be cancelled.',
        'registration_closed',
      );
    const notice =
      meeting && !quietly && registration.status !== 'unconfirmed'
        ? cancelledNotice(meeting, registration, now)
        : undefined;
    if (await cancelAs(store, registration, now, notice)) return { status: 'cancelled' };
  }
  throw new DomainError('conflict', 'changed_meanwhile', 'The registration kept changing: try again.');
}

/**
 * An erased person's registrations go: each is first cancelled, quietly, so a place it held moves
 * the waiting list up, then deleted with the address and name it kept. Done again, it finds none.
 */
export async function eraseRegistrationsOf(store: Store, email: string, now: Date): Promise<void> {
  for (const r of await registrationsOf(store, email)) {
    await cancelRegistration(store, r.meetingId, r.id, now, true).catch((error: unknown) => {
      // Already gone (an unconfirmed one is deleted by cancelling): nothing more to do.
      if (!(error instanceof DomainError && error.kind === 'notFound')) throw error;
    });
    // Before the registration, so that erasing again still finds what is left.
    await erasePollAnswer(store, r);
    await deleteRegistration(store, r.meetingId, r.id);
  }
}
