import type { Caller } from '#shared/auth/access.ts';
import { DomainError, Forbidden } from '#shared/errors.ts';
import { getOrganisation } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { putItem, transact } from '#shared/store/transactions.ts';
import { assertOpen, confirmRegistration, type Registered } from './confirm-registration.ts';
import type { Registration } from './meeting.ts';
import { visibleMeeting } from './read-meetings.ts';
import type { RegistrationInput } from './registration-input.ts';
import { confirmedNotice, confirmNotice } from './registration-mail.ts';
import {
  addUnconfirmed,
  isLive,
  readRegistration,
  registrationIdFor,
  waitingAhead,
} from './registration-store.ts';

/** The meeting, if the caller may see it and it takes registrations now: 404 or 409 otherwise. */
export async function registrableMeeting(
  store: Store,
  meetingId: string,
  caller: Caller | undefined,
  now: Date,
) {
  const meeting = await visibleMeeting(store, meetingId, caller);
  assertOpen(meeting, now);
  return meeting;
}

/**
 * Registers an address for a meeting. The address is sent a confirmation link and holds nothing
 * until it confirms; a signed-in person registering their own address has confirmed it by signing
 * in, so takes a place (or a spot on the waiting list) at once. An address with a live registration
 * gets no second one: it is sent its confirmation link again, or (confirmed) its registration's
 * details again, and the answer to someone else says no more than "check the inbox".
 */
export async function register(
  store: Store,
  key: Uint8Array,
  meetingId: string,
  input: RegistrationInput,
  caller: Caller | undefined,
  now: Date,
): Promise<Registered> {
  const meeting = await registrableMeeting(store, meetingId, caller, now);
  let organisation = input.organisation;
  if (input.organisationId) {
    if (!caller?.organisations.includes(input.organisationId))
      throw new Forbidden('You do not represent this organisation.');
    organisation = (await getOrganisation(store, input.organisationId))?.name ?? organisation;
  }
  const own = caller !== undefined && caller.email === input.email;
  const id = registrationIdFor(meetingId, input.email);
  const { registration: existing, expiresAt } = await readRegistration(store, meetingId, id);
  if (existing && isLive(existing, expiresAt, now)) {
    if (own)
      return existing.status === 'unconfirmed'
        ? confirmRegistration(store, key, meetingId, id, now)
        : { status: existing.status, position: existing.position };
    const again =
      existing.status === 'unconfirmed'
        ? confirmNotice(key, meeting, existing, now)
        : confirmedNotice(key, meeting, existing, now, await waitingAhead(store, existing));
    await transact(store, [putItem(again)]);
    return { status: 'unconfirmed' };
  }
  const created: Registration = {
    id,
    meetingId,
    name: input.name,
    email: input.email,
    ...(organisation ? { organisation } : {}),
    ...(input.organisationId ? { organisationId: input.organisationId } : {}),
    language: input.language,
    status: 'unconfirmed',
    createdAt: now.toISOString(),
  };
  // A signed-in person's own address is not asked to confirm: the registration is confirmed next.
  const written = await addUnconfirmed(
    store,
    created,
    own ? undefined : confirmNotice(key, meeting, created, now),
    now,
  );
  if (!written)
    throw new DomainError(
      'conflict',
      'changed_meanwhile',
      'The address registered at the same moment: try again.',
    );
  if (!own) return { status: 'unconfirmed' };
  return confirmRegistration(store, key, meetingId, id, now);
}
