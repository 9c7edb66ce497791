import * as z from 'zod/mini';
import { languageCode } from '#shared/i18n/language-codes.ts';
import { availabilities, peerRequest, peerRequestInput } from '#shared/peers/peer-leader.ts';
import { text } from '#shared/text.ts';
import { topics } from '#shared/topics.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, id, idParams, page } from './common.ts';

const token = z.string().check(z.minLength(20), z.maxLength(100));

/** A peer leader as a search shows them: never an address; contact goes through a request. */
export const peerLeaderCard = z.object({
  personId: z.string(),
  name: z.string(),
  languages: z.array(z.string()),
  municipalities: z.array(z.string()),
  themes: z.array(z.string()),
  availability: z.enum(availabilities),
  introduction: z.optional(z.string()),
});

/** A request as its leader, the organisation that asked and the coordinator see it. */
export const peerRequestView = z.extend(peerRequest, { peerLeaderName: z.string() });
export type PeerRequestView = z.output<typeof peerRequestView>;

const leaderCount = z.object({ leaders: z.number() });

export const peerFiguresResponse = z.object({
  leaders: z.number(),
  byLanguage: z.array(z.extend(leaderCount, { language: z.string() })),
  byMunicipality: z.array(z.extend(leaderCount, { municipality: z.string() })),
  byLanguageAndMunicipality: z.array(
    z.extend(leaderCount, { language: z.string(), municipality: z.string() }),
  ),
  requests: z.object({
    sent: z.number(),
    accepted: z.number(),
    declined: z.number(),
    expired: z.number(),
    open: z.number(),
  }),
  /** Languages member organisations work in somewhere no peer leader of that language does. */
  gaps: z.array(z.object({ language: z.string(), municipality: z.string(), organisations: z.number() })),
});

export const peerRequestsRoutes = {
  searchPeerLeaders: defineRoute({
    method: 'GET',
    path: '/api/peer-leaders',
    access: 'anyone',
    summary:
      'Consented peer leaders who work in a language (any ISO 639 code), optionally in a municipality and on a theme. The coordinator sees every one; representatives of member organisations those who chose to be seen by members or the public; everyone else only those who opted in to the public. `viewer` says which.',
    tags: ['peer-leaders'],
    query: z.object({
      language: languageCode,
      municipality: z.optional(text(80)),
      theme: z.optional(z.enum(topics)),
    }),
    response: z.object({
      viewer: z.enum(['coordinator', 'member', 'public']),
      items: z.array(peerLeaderCard),
    }),
  }),
  peerFigures: defineRoute({
    method: 'GET',
    path: '/api/peer-leaders/figures',
    access: 'coordinator',
    summary:
      "The peer-leader bank's figures (the coordinator): leaders per language, municipality and both; requests sent, accepted, declined, expired and open; and the languages with no leader where member organisations work in them.",
    tags: ['peer-leaders'],
    response: peerFiguresResponse,
  }),
  sendPeerRequest: defineRoute({
    method: 'POST',
    path: '/api/peer-leaders/{personId}/requests',
    access: 'signedIn',
    summary:
      'A representative asks a peer leader for a member organisation (`organisationId`), what for and when. The leader is emailed in their language with signed links to answer; no contact details go anywhere until they say yes. A leader the organisation may not see answers 404. One open request per organisation and leader (409 `request_open`); a limited number per organisation in any seven days (429 `peer_request_limit`).',
    tags: ['peer-leaders'],
    rateLimited: true,
    params: z.object({ personId: id }),
    body: peerRequestInput,
    response: peerRequestView,
    successStatus: 201,
  }),
  answerPeerRequest: defineRoute({
    method: 'POST',
    path: '/api/peer-requests/{id}/answer',
    access: 'anyone',
    summary:
      "The peer leader answers, with the signed token of the request's email or signed in: on yes the organisation's representatives are emailed the leader's name and address and the leader theirs; on no the organisation is told, and nobody's contact goes anywhere. Once (409 `request_answered`), while open (409 `request_expired`).",
    tags: ['peer-leaders'],
    params: idParams,
    body: z.object({ answer: z.enum(['yes', 'no']), token: z.optional(token) }),
    response: peerRequestView,
  }),
  getPeerRequest: defineRoute({
    method: 'GET',
    path: '/api/peer-requests/{id}',
    access: 'anyone',
    summary:
      "A request, to its peer leader (signed in, or with the email's token `t`), the representatives of the organisation that asked, and the coordinator.",
    tags: ['peer-leaders'],
    params: idParams,
    query: z.object({ t: z.optional(token) }),
    response: peerRequestView,
  }),
  listOrganisationPeerRequests: defineRoute({
    method: 'GET',
    path: '/api/organisations/{id}/peer-requests',
    access: { representativeOf: 'id', orCoordinator: true },
    summary: "The organisation's requests to peer leaders, newest first, with their answers.",
    tags: ['peer-leaders'],
    params: idParams,
    query: cursorQuery,
    response: page(peerRequestView),
  }),
  listMyPeerRequests: defineRoute({
    method: 'GET',
    path: '/api/me/peer-requests',
    access: 'signedIn',
    summary: 'The requests the signed-in peer leader was sent, newest first (none for anyone else).',
    tags: ['peer-leaders'],
    query: cursorQuery,
    response: page(peerRequestView),
  }),
};
