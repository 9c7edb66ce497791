import { peerRequestsRoutes as routes } from '#shared/api/routes/peer-requests.ts';
import type { Caller } from '#shared/auth/access.ts';
import { signedLinkKey, signedLinkKeys } from '#shared/auth/session-key.ts';
import { config } from '#shared/config.ts';
import { BadRequest } from '#shared/errors.ts';
import {
  answerPeerRequest,
  asOthersSee,
  asSeen,
  type Holder,
  readPeerRequest,
} from '#shared/peers/answer-peer-request.ts';
import { findPeerLeaders } from '#shared/peers/find-peer-leaders.ts';
import { isPeerRequestToken } from '#shared/peers/links.ts';
import { peerFigures } from '#shared/peers/peer-figures.ts';
import { listLeaderRequests, listOrganisationRequests } from '#shared/peers/peer-request-store.ts';
import { sendPeerRequest } from '#shared/peers/send-peer-request.ts';
import { store } from '#shared/store/client.ts';
import { httpFunction } from '../lib/http.ts';

/** The email's token holds the request, whoever sends it; a token that is not its own is refused as the house refuses every bad link (400). */
async function holderOf(id: string, token: string | undefined, caller: Caller | undefined): Promise<Holder> {
  if (token === undefined) return { caller };
  if (!isPeerRequestToken(await signedLinkKeys(), id, token))
    throw new BadRequest('This link is not valid. Use the link in the latest email.', 'invalid_link');
  return { link: true };
}

export const handler = httpFunction(routes, {
  searchPeerLeaders: async ({ query, caller }) => findPeerLeaders(store(), caller, query),
  peerFigures: async ({ now }) => peerFigures(store(), now),
  sendPeerRequest: async ({ params, body, caller, now }) =>
    sendPeerRequest(
      store(),
      caller,
      params.personId,
      body,
      { key: await signedLinkKey(), publicBaseUrl: config().publicBaseUrl },
      now,
    ),
  answerPeerRequest: async ({ params, body, caller, now }) =>
    answerPeerRequest(store(), await holderOf(params.id, body.token, caller), params.id, body.answer, now),
  getPeerRequest: async ({ params, query, caller, now }) =>
    readPeerRequest(store(), await holderOf(params.id, query.t, caller), params.id, now),
  listOrganisationPeerRequests: async ({ params, query, caller, now }) => {
    const found = await listOrganisationRequests(store(), params.id, query.cursor);
    return {
      ...found,
      items: await asOthersSee(
        store(),
        caller,
        found.items.map((r) => asSeen(r, now)),
      ),
    };
  },
  listMyPeerRequests: async ({ query, caller, now }) => {
    const found = await listLeaderRequests(store(), caller.personId, query.cursor);
    return { ...found, items: found.items.map((r) => asSeen(r, now)) };
  },
});
