import * as z from 'zod/mini';
import { invitationInput, proposalInput } from '#shared/peers/invitation.ts';
import {
  consent,
  consentInput,
  peerProfile,
  profileInput,
  training,
  trainingInput,
} from '#shared/peers/peer-leader.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, id, idParams, page } from './common.ts';

const personParams = z.object({ personId: id });
const trainingParams = z.object({ personId: id, trainingId: id });

export const invitedPeerLeader = z.object({
  personId: z.string(),
  email: z.string(),
  name: z.optional(z.string()),
  language: z.string(),
  invitedAt: z.string(),
  /** A profile exists (its data is not shown here). */
  consented: z.boolean(),
  trainings: z.number(),
  /** The proposal the invitation came from. */
  proposalId: z.optional(z.string()),
});

export const peerProposal = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  /** The representative who proposed. */
  proposedBy: z.string(),
  email: z.optional(z.string()),
  name: z.optional(z.string()),
  note: z.optional(z.string()),
  language: z.string(),
  status: z.enum(['pending', 'accepted', 'declined']),
  createdAt: z.string(),
  decidedAt: z.optional(z.string()),
  /** Whom an accepted proposal invited. */
  personId: z.optional(z.string()),
});

export const myPeerLeader = z.object({
  invited: z.boolean(),
  currentVersion: z.string(),
  consent: z.nullable(consent),
  /** Invited and without a consent to the current text version: asked to consent (again). */
  mustConsent: z.boolean(),
  profile: z.nullable(peerProfile),
});

export const peerLeadersRoutes = {
  invitePeerLeader: defineRoute({
    method: 'POST',
    path: '/api/peer-leaders/invitations',
    access: 'coordinator',
    summary:
      'Invites a person to the peer-leader bank by email (the coordinator). Inviting someone already invited sends nothing. A coordinator sends a limited number of invitations a day, accepted proposals included (429).',
    tags: ['peer-leaders'],
    rateLimited: true,
    body: invitationInput,
    response: z.object({ personId: z.string(), invited: z.boolean() }),
  }),
  listInvitedPeerLeaders: defineRoute({
    method: 'GET',
    path: '/api/peer-leaders/invited',
    access: 'coordinator',
    summary:
      'Everyone invited to the bank, whether they consented, and their training counts; no profile data (the coordinator).',
    tags: ['peer-leaders'],
    query: cursorQuery,
    response: page(invitedPeerLeader),
  }),
  getPeerLeader: defineRoute({
    method: 'GET',
    path: '/api/peer-leaders/{personId}',
    access: 'anyone',
    summary:
      'A peer-leader profile, for those its person chose (the coordinator; member organisations if so chosen; anyone if public). 404 for everyone else.',
    tags: ['peer-leaders'],
    params: personParams,
    response: peerProfile,
  }),
  recordTraining: defineRoute({
    method: 'POST',
    path: '/api/peer-leaders/{personId}/trainings',
    access: 'coordinator',
    summary: 'Records a training an invited person completed (the coordinator).',
    tags: ['peer-leaders'],
    params: personParams,
    body: trainingInput,
    response: training,
    successStatus: 201,
  }),
  deleteTraining: defineRoute({
    method: 'DELETE',
    path: '/api/peer-leaders/{personId}/trainings/{trainingId}',
    access: 'coordinator',
    summary: 'Deletes a recorded training (the coordinator).',
    tags: ['peer-leaders'],
    params: trainingParams,
    response: null,
    successStatus: 204,
  }),
  getMyPeerLeader: defineRoute({
    method: 'GET',
    path: '/api/me/peer-leader',
    access: 'signedIn',
    summary:
      "The caller's place in the bank: invited or not, their consent, the current consent version, whether they must consent again, and the profile.",
    tags: ['peer-leaders'],
    response: myPeerLeader,
  }),
  giveConsent: defineRoute({
    method: 'PUT',
    path: '/api/me/peer-leader/consent',
    access: 'signedIn',
    summary:
      'Records the caller’s explicit consent to the current text, with who may see the profile; a changed choice applies to the profile at once.',
    tags: ['peer-leaders'],
    body: consentInput,
    response: consent,
  }),
  withdrawConsent: defineRoute({
    method: 'DELETE',
    path: '/api/me/peer-leader/consent',
    access: 'signedIn',
    summary: 'Withdraws the consent: the profile, its search entries and the trainings are erased at once.',
    tags: ['peer-leaders'],
    response: null,
    successStatus: 204,
  }),
  saveProfile: defineRoute({
    method: 'PUT',
    path: '/api/me/peer-leader/profile',
    access: 'signedIn',
    summary:
      "Saves the caller's whole profile; only with a consent to the current text (409 `consent_required`).",
    tags: ['peer-leaders'],
    body: profileInput,
    response: peerProfile,
  }),
  proposePeerLeader: defineRoute({
    method: 'POST',
    path: '/api/organisations/{id}/peer-leader-proposals',
    access: { representativeOf: 'id' },
    summary:
      "Proposes a person for the bank (a member organisation's representative); the coordinator decides. Limited per organisation.",
    tags: ['peer-leaders'],
    rateLimited: true,
    params: idParams,
    body: proposalInput,
    response: peerProposal,
    successStatus: 201,
  }),
  listPeerProposals: defineRoute({
    method: 'GET',
    path: '/api/peer-leader-proposals',
    access: 'coordinator',
    summary: 'Pending proposals, oldest first (the coordinator).',
    tags: ['peer-leaders'],
    query: cursorQuery,
    response: page(peerProposal),
  }),
  acceptPeerProposal: defineRoute({
    method: 'POST',
    path: '/api/peer-leader-proposals/{id}/accept',
    access: 'coordinator',
    summary:
      "Accepts a proposal: the person is invited (once). Counts against the coordinator's daily invitations (429).",
    tags: ['peer-leaders'],
    rateLimited: true,
    params: idParams,
    response: peerProposal,
  }),
  declinePeerProposal: defineRoute({
    method: 'POST',
    path: '/api/peer-leader-proposals/{id}/decline',
    access: 'coordinator',
    summary: "Declines a proposal; it keeps no one's address, name or note.",
    tags: ['peer-leaders'],
    params: idParams,
    response: peerProposal,
  }),
};
