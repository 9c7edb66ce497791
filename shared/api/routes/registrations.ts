import * as z from 'zod/mini';
import { registrationStatuses } from '#shared/meetings/meeting.ts';
import { registrationInput } from '#shared/meetings/registration-input.ts';
import { defineRoute } from '../contract.ts';
import { id, idParams } from './common.ts';

const registrationParams = z.object({ id, registrationId: id });
const token = z.string().check(z.minLength(20), z.maxLength(100));

/** Where a registration stands: `unconfirmed` also answers someone who must read their inbox first. */
export const registrationState = z.object({
  status: z.enum(registrationStatuses),
  /** Its place in the order registrations were accepted; a waiting one's place in the queue follows from it. */
  position: z.optional(z.number()),
  /** How many wait ahead of a waiting registration. */
  ahead: z.optional(z.number()),
});

/** A registration as its own emailed link (or its signed-in person) sees it. */
export const ownRegistration = z.extend(registrationState, {
  id: z.string(),
  meetingId: z.string(),
  name: z.string(),
  organisation: z.optional(z.string()),
});

const participant = z.object({
  name: z.string(),
  organisation: z.optional(z.string()),
  position: z.optional(z.number()),
});

export const registrationsRoutes = {
  register: defineRoute({
    method: 'POST',
    path: '/api/meetings/{id}/registrations',
    access: 'anyone',
    summary:
      "Registers for a published meeting that has not started. The address is sent a confirmation link and holds nothing until it confirms (`unconfirmed`, whatever it held before: the answer says nothing of other people's registrations); a signed-in person's own address is confirmed at once. One registration per address and meeting. A representative may name the organisation it comes for (`organisationId`).",
    tags: ['meetings'],
    rateLimited: true,
    params: idParams,
    body: registrationInput,
    response: z.extend(registrationState, { confirmWithinHours: z.number() }),
    successStatus: 202,
  }),
  confirmRegistration: defineRoute({
    method: 'POST',
    path: '/api/meetings/{id}/registrations/{registrationId}/confirm',
    access: 'public',
    summary:
      'Confirms a registration with the signed link of its email: a place if one is free and nobody waits, else the waiting list, in the order confirmations are accepted.',
    tags: ['meetings'],
    params: registrationParams,
    body: z.object({ token }),
    response: registrationState,
  }),
  cancelRegistration: defineRoute({
    method: 'POST',
    path: '/api/meetings/{id}/registrations/{registrationId}/cancel',
    access: 'public',
    summary:
      'Cancels a registration with the signed cancel link of its email; a place given back goes to the first on the waiting list.',
    tags: ['meetings'],
    params: registrationParams,
    body: z.object({ token }),
    response: registrationState,
  }),
  getRegistration: defineRoute({
    method: 'GET',
    path: '/api/meetings/{id}/registrations/{registrationId}',
    access: 'public',
    summary: "A registration, read with its email's signed confirm or cancel link (the landing page).",
    tags: ['meetings'],
    params: registrationParams,
    query: z.object({ act: z.enum(['confirm', 'cancel']), t: token }),
    response: ownRegistration,
  }),
  getMyRegistration: defineRoute({
    method: 'GET',
    path: '/api/meetings/{id}/my-registration',
    access: 'signedIn',
    summary:
      "The signed-in person's registration for the meeting, with their own address; none when they have no live one.",
    tags: ['meetings'],
    params: idParams,
    response: z.object({ registration: z.optional(ownRegistration) }),
  }),
  cancelMyRegistration: defineRoute({
    method: 'DELETE',
    path: '/api/meetings/{id}/my-registration',
    access: 'signedIn',
    summary: "Cancels the signed-in person's registration for the meeting, made with their own address.",
    tags: ['meetings'],
    params: idParams,
    response: registrationState,
  }),
  listParticipants: defineRoute({
    method: 'GET',
    path: '/api/meetings/{id}/participants',
    access: 'signedIn',
    summary:
      "Who comes (the coordinator and the host's representatives): the names and organisations of the registered and of the waiting list, each in the order accepted.",
    tags: ['meetings'],
    params: idParams,
    response: z.object({ registered: z.array(participant), waiting: z.array(participant) }),
  }),
};
