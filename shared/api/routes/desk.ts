import * as z from 'zod/mini';
import { checklistItems } from '#shared/meetings/meeting.ts';
import { defineRoute } from '../contract.ts';

/** One thing that needs the person, with where in the web app it is handled. */
export const deskItem = z.object({
  /** A path in the web app: `/statements/<id>`, `/bodies/<id>/inbox`… */
  path: z.string(),
  title: z.string(),
  /** When it closes or happens: a deadline, a meeting's start. */
  due: z.optional(z.string()),
  /** Whole days it has waited for the person (a submission, an application). */
  daysWaiting: z.optional(z.int()),
  /** The language it is in or into (a translation request's), an ISO 639 code. */
  language: z.optional(z.string()),
});

/** The first items of a list, and how many there are in all. */
export const deskList = z.object({ count: z.int(), items: z.array(deskItem) });

/** What waits for one organisation the person represents. */
export const representativeDesk = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  /** Open statements on consultations its subscriptions match that it has not signed, closing first. */
  toSign: deskList,
  /** Statements it leads that are still drafts. */
  drafts: deskList,
  /** Statements it signed whose text has changed since: its signature waits for confirmation. */
  toReconfirm: deskList,
  /** Consultations its subscriptions match whose statement deadline is within 14 days. */
  closingSoon: deskList,
  /** A removal hearing waiting for its answer. */
  hearings: deskList,
});

/** What waits for one body the person is an officer of. */
export const officerDesk = z.object({
  bodyId: z.string(),
  bodyName: z.string(),
  /** Submissions not acknowledged yet, oldest first. */
  toAcknowledge: deskList,
  /** Submissions acknowledged without a final answer, oldest first. */
  toAnswer: deskList,
  /** The body's consultation drafts. */
  drafts: deskList,
});

/** The soonest meeting, published or draft, and how far its planning is. */
export const nextMeeting = z.object({
  path: z.string(),
  title: z.string(),
  startsAt: z.optional(z.string()),
  status: z.enum(['draft', 'published']),
  checklist: z.array(z.object({ item: z.enum(checklistItems), done: z.boolean() })),
});

export const coordinatorDesk = z.object({
  applications: deskList,
  agendaQueue: deskList,
  hearingsPastDeadline: deskList,
  exhaustedMail: deskList,
  failingMail: deskList,
  nextMeeting: z.nullable(nextMeeting),
  /** Translation requests nobody has claimed, oldest first. */
  openTranslations: deskList,
  /** Of those, the ones open longer than the reminder's hours. */
  untakenTranslations: deskList,
});

/** What waits for a translator, in their languages. */
export const translatorDesk = z.object({
  /** Open requests, oldest first. */
  open: deskList,
  /** Requests they claimed and are writing (or were returned to them). */
  claimed: deskList,
  /** Requests another translator submitted, waiting for review. */
  toReview: deskList,
});

export const desk = z.object({
  organisations: z.array(representativeDesk),
  /** Published meetings to come that the person has not registered for (a representative's). */
  meetingsToRegister: z.optional(deskList),
  bodies: z.array(officerDesk),
  /** Requests from organisations waiting for the peer leader's answer, the first to answer first (a peer leader's). */
  peerRequests: z.optional(deskList),
  /** A translator's requests. */
  translations: z.optional(translatorDesk),
  coordinator: z.optional(coordinatorDesk),
});
export type Desk = z.output<typeof desk>;

export const deskRoutes = {
  getDesk: defineRoute({
    method: 'GET',
    path: '/api/me/desk',
    access: 'signedIn',
    summary:
      "What needs the signed-in person now, for each of their roles: each item linked, each list's first items with its count.",
    tags: ['people'],
    response: desk,
  }),
};
