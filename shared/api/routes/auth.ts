import * as z from 'zod/mini';
import { languageCodes } from '#shared/i18n/languages.ts';
import { registration } from '#shared/meetings/meeting.ts';
import { pollAnswer } from '#shared/meetings/minutes.ts';
import { consent, peerProfile, training } from '#shared/peers/peer-leader.ts';
import { someChange } from '#shared/text.ts';
import { defineRoute } from '../contract.ts';
import { auditEntry, email } from './common.ts';
import { invitedPeerLeader, peerProposal } from './peer-leaders.ts';
import { peerRequestView } from './peer-requests.ts';

export const me = z.object({
  personId: z.string(),
  email: z.string(),
  name: z.optional(z.string()),
  language: z.enum(languageCodes),
  coordinator: z.boolean(),
  organisations: z.array(z.object({ id: z.string(), name: z.string(), status: z.string() })),
  bodies: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Invited to the peer-leader bank. */
  peerLeader: z.boolean(),
  /** The languages the person translates into (none without the translator role). */
  translatorLanguages: z.array(z.string()),
});

export type Me = z.output<typeof me>;

export const authRoutes = {
  requestSignInCode: defineRoute({
    method: 'POST',
    path: '/api/auth/code',
    access: 'public',
    summary: 'Emails a one-time sign-in code. The answer is the same whether the address is known or not.',
    tags: ['sign-in'],
    rateLimited: true,
    body: z.object({ email, language: z.optional(z.enum(languageCodes)) }),
    response: z.object({ sent: z.literal(true), validMinutes: z.number() }),
    successStatus: 202,
  }),
  startSession: defineRoute({
    method: 'POST',
    path: '/api/auth/session',
    access: 'public',
    summary: 'Exchanges an emailed code for a session cookie.',
    tags: ['sign-in'],
    rateLimited: true,
    body: z.object({
      email,
      code: z.string().check(z.trim(), z.regex(/^\d{6}$/, 'The code is six digits.')),
    }),
    response: me,
  }),
  endSession: defineRoute({
    method: 'DELETE',
    path: '/api/auth/session',
    access: 'signedIn',
    summary: 'Signs out: the session ends and its cookie is cleared.',
    tags: ['sign-in'],
    response: null,
    successStatus: 204,
  }),
  getSession: defineRoute({
    method: 'GET',
    path: '/api/session',
    access: 'anyone',
    summary: 'Who is signed in on this browser: the person, or null (never 401, so the web app can ask).',
    tags: ['sign-in'],
    response: z.object({ me: z.nullable(me) }),
  }),
  getMe: defineRoute({
    method: 'GET',
    path: '/api/me',
    access: 'signedIn',
    summary: 'The signed-in person, their roles and organisations.',
    tags: ['people'],
    response: me,
  }),
  updateMe: defineRoute({
    method: 'PATCH',
    path: '/api/me',
    access: 'signedIn',
    summary: "Changes the signed-in person's name or language.",
    tags: ['people'],
    body: z
      .partial(
        z.object({
          name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
          language: z.enum(languageCodes),
        }),
      )
      .check(z.refine(...someChange)),
    response: me,
  }),
  exportMe: defineRoute({
    method: 'GET',
    path: '/api/me/export',
    access: 'signedIn',
    summary: 'Everything Kaiutin holds about the signed-in person, as JSON.',
    tags: ['people'],
    response: z.object({
      exportedAt: z.string(),
      person: me,
      actions: z.array(auditEntry),
      /** Registrations for meetings made with the person's address. */
      registrations: z.array(registration),
      /** Answers given with those registrations to the date poll of the meeting agreed at each (`pollMeetingId`). */
      pollAnswers: z.array(z.extend(pollAnswer, { pollMeetingId: z.string() })),
      /** Requests organisations sent the person as a peer leader, with their answers. */
      peerRequests: z.array(peerRequestView),
      /**
       * The peer-leader bank: the coordinator's list entry (when invited, the name given), the
       * consent (what, when, which text), the profile, the trainings, and every proposal naming the
       * person's address (pending or accepted, of any organisation).
       */
      peerLeader: z.object({
        invited: z.boolean(),
        listEntry: z.nullable(invitedPeerLeader),
        consent: z.nullable(consent),
        profile: z.nullable(z.omit(peerProfile, { trainings: true })),
        trainings: z.array(training),
        proposals: z.array(peerProposal),
      }),
    }),
  }),
  deleteMe: defineRoute({
    method: 'DELETE',
    path: '/api/me',
    access: 'signedIn',
    summary:
      "Deletes the signed-in person's account; what they did for an organisation stays, without their name.",
    tags: ['people'],
    response: null,
    successStatus: 204,
  }),
};
