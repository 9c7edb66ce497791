import { peerLeadersRoutes as routes } from '#shared/api/routes/peer-leaders.ts';
import type { Caller } from '#shared/auth/access.ts';
import { giveConsent } from '#shared/peers/give-consent.ts';
import { invitePeerLeader } from '#shared/peers/invite-peer-leader.ts';
import { listInvited } from '#shared/peers/peer-store.ts';
import {
  acceptProposal,
  declineProposal,
  pendingProposals,
  proposePeerLeader,
} from '#shared/peers/propose-peer-leader.ts';
import { myPeerLeader, readProfile } from '#shared/peers/read-peer-leader.ts';
import { recordTraining, removeTraining } from '#shared/peers/record-training.ts';
import { saveProfile } from '#shared/peers/save-profile.ts';
import { withdrawConsent } from '#shared/peers/withdraw-consent.ts';
import { store } from '#shared/store/client.ts';
import { countAgainstLimit } from '#shared/store/rate-limit.ts';
import { httpFunction } from '../lib/http.ts';

/**
 * Invitations (a proposal accepted is one) a coordinator sends in a day: room for a course's whole
 * group, and a stop to a session mailing strangers in bulk.
 */
export const PEER_INVITATIONS_PER_COORDINATOR_PER_DAY = 100;
const DAY = 86_400;

const countInvitation = (caller: Caller, now: Date) =>
  countAgainstLimit(
    store(),
    `peer-invitations-by#${caller.personId}`,
    PEER_INVITATIONS_PER_COORDINATOR_PER_DAY,
    DAY,
    now,
  );

export const handler = httpFunction(routes, {
  invitePeerLeader: async ({ body, caller, now }) => {
    await countInvitation(caller, now);
    return invitePeerLeader(store(), caller, body, now);
  },
  listInvitedPeerLeaders: async ({ query }) => listInvited(store(), query.cursor),
  getPeerLeader: async ({ params, caller }) => readProfile(store(), caller, params.personId),
  recordTraining: async ({ params, body, caller, now }) =>
    recordTraining(store(), caller, params.personId, body, now),
  deleteTraining: async ({ params, caller, now }) => {
    await removeTraining(store(), caller, params.personId, params.trainingId, now);
    return undefined;
  },
  getMyPeerLeader: async ({ caller }) => myPeerLeader(store(), caller),
  giveConsent: async ({ body, caller, now }) => giveConsent(store(), caller, body, now),
  withdrawConsent: async ({ caller, now }) => {
    await withdrawConsent(store(), caller, now);
    return undefined;
  },
  saveProfile: async ({ body, caller, now }) => saveProfile(store(), caller, body, now),
  proposePeerLeader: async ({ params, body, caller, now }) =>
    proposePeerLeader(store(), caller, params.id, body, now),
  listPeerProposals: async ({ query }) => pendingProposals(store(), query.cursor),
  acceptPeerProposal: async ({ params, caller, now }) => {
    await countInvitation(caller, now);
    return acceptProposal(store(), caller, params.id, now);
  },
  declinePeerProposal: async ({ params, caller, now }) => declineProposal(store(), caller, params.id, now),
});
