import { registrationsRoutes as routes } from '#shared/api/routes/registrations.ts';
import { signedLinkKey, signedLinkKeys } from '#shared/auth/session-key.ts';
import { BadRequest } from '#shared/errors.ts';
import { cancelRegistration } from '#shared/meetings/cancel-registration.ts';
import { confirmRegistration, registrationGone } from '#shared/meetings/confirm-registration.ts';
import { isRegistrationToken, type RegistrationAct } from '#shared/meetings/links.ts';
import type { Registration } from '#shared/meetings/meeting.ts';
import { listRegistrations } from '#shared/meetings/meeting-store.ts';
import { managedMeeting } from '#shared/meetings/read-meetings.ts';
import { register, registrableMeeting } from '#shared/meetings/register.ts';
import {
  CONFIRM_WITHIN_HOURS,
  isLive,
  readRegistration,
  registrationIdFor,
  waitingAhead,
} from '#shared/meetings/registration-store.ts';
import { store } from '#shared/store/client.ts';
import { countAgainstLimit, countAgainstLimits } from '#shared/store/rate-limit.ts';
import { clientAddress, httpFunction } from '../lib/http.ts';

const HOUR = 3600;
/** Registrations one client may send an hour (a person registering a group from one line, say). */
const REGISTRATIONS_PER_CLIENT = 30;
/** Emails one address may be sent about one meeting an hour, and about all meetings. */
const MAILS_PER_ADDRESS_AND_MEETING = 3;
const MAILS_PER_ADDRESS = 10;

const badLink = () =>
  new BadRequest('This registration link is not valid. Use the link in the latest email.', 'invalid_link');

async function assertLink(act: RegistrationAct, meetingId: string, registrationId: string, token: string) {
  if (!isRegistrationToken(await signedLinkKeys(), act, meetingId, registrationId, token)) throw badLink();
}

/** How many of the meeting's waiting list stand ahead of a waiting registration. */
async function withQueue(meetingId: string, r: Pick<Registration, 'status' | 'position'>) {
  if (r.status !== 'waiting' || r.position === undefined) return { status: r.status, position: r.position };
  return { status: r.status, position: r.position, ahead: await waitingAhead(store(), { meetingId, ...r }) };
}

const own = async (r: Registration) => ({
  id: r.id,
  meetingId: r.meetingId,
  name: r.name,
  ...(r.organisation ? { organisation: r.organisation } : {}),
  ...(await withQueue(r.meetingId, r)),
});

async function liveRegistration(meetingId: string, registrationId: string, now: Date) {
  const { registration, expiresAt } = await readRegistration(store(), meetingId, registrationId);
  if (!registration || (registration.status !== 'cancelled' && !isLive(registration, expiresAt, now)))
    throw registrationGone();
  return registration;
}

export const handler = httpFunction(routes, {
  register: async ({ params, body, caller, event, now }) => {
    const s = store();
    await countAgainstLimit(
      s,
      `register-client#${clientAddress(event)}`,
      REGISTRATIONS_PER_CLIENT,
      HOUR,
      now,
    );
    // Counted only for a meeting that takes registrations: nobody spends an address's quota on meetings that do not exist.
    await registrableMeeting(s, params.id, caller, now);
    // Nobody can flood someone else's inbox: every email a registration sends is counted against its address.
    await countAgainstLimits(
      s,
      [
        {
          key: `register-address#${params.id}#${body.email}`,
          limit: MAILS_PER_ADDRESS_AND_MEETING,
          windowSeconds: HOUR,
        },
        { key: `register-address#${body.email}`, limit: MAILS_PER_ADDRESS, windowSeconds: HOUR },
      ],
      now,
    );
    const registered = await register(s, await signedLinkKey(), params.id, body, caller, now);
    return { ...(await withQueue(params.id, registered)), confirmWithinHours: CONFIRM_WITHIN_HOURS };
  },

  confirmRegistration: async ({ params, body, now }) => {
    await assertLink('confirm', params.id, params.registrationId, body.token);
    const confirmed = await confirmRegistration(
      store(),
      await signedLinkKey(),
      params.id,
      params.registrationId,
      now,
    );
    return withQueue(params.id, confirmed);
  },

  cancelRegistration: async ({ params, body, now }) => {
    await assertLink('cancel', params.id, params.registrationId, body.token);
    return cancelRegistration(store(), params.id, params.registrationId, now);
  },

  getRegistration: async ({ params, query, now }) => {
    await assertLink(query.act, params.id, params.registrationId, query.t);
    return own(await liveRegistration(params.id, params.registrationId, now));
  },

  // None is an answer, not an error: the meeting page asks on every visit of a signed-in person.
  getMyRegistration: async ({ params, caller, now }) => {
    const { registration, expiresAt } = await readRegistration(
      store(),
      params.id,
      registrationIdFor(params.id, caller.email),
    );
    return registration && registration.status !== 'cancelled' && isLive(registration, expiresAt, now)
      ? { registration: await own(registration) }
      : {};
  },

  cancelMyRegistration: async ({ params, caller, now }) =>
    cancelRegistration(store(), params.id, registrationIdFor(params.id, caller.email), now),

  listParticipants: async ({ params, caller }) => {
    const meeting = await managedMeeting(store(), params.id, caller);
    const all = (await listRegistrations(store(), meeting.id)).sort(
      (a, b) => (a.position ?? 0) - (b.position ?? 0),
    );
    const shown = (r: Registration) => ({
      name: r.name,
      ...(r.organisation ? { organisation: r.organisation } : {}),
      ...(r.position === undefined ? {} : { position: r.position }),
    });
    return {
      registered: all.filter((r) => r.status === 'registered').map(shown),
      waiting: all.filter((r) => r.status === 'waiting').map(shown),
    };
  },
});
