import { randomUUID } from 'node:crypto';
import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict, Forbidden, NotFound } from '#shared/errors.ts';
import { getOrganisation } from '#shared/membership/organisation-store.ts';
import { ensurePerson } from '#shared/people/person-store.ts';
import type { Store } from '#shared/store/client.ts';
import type { Page } from '#shared/store/query.ts';
import { countAgainstLimit } from '#shared/store/rate-limit.ts';
import type { ProposalInput } from './invitation.ts';
import {
  acceptProposalItems,
  declineProposalItems,
  getProposal,
  listProposals,
  type PeerProposal,
  putProposal,
} from './peer-store.ts';

/** Proposals one organisation may make in a week: enough for a real list, too few to mail strangers in bulk. */
export const PROPOSALS_PER_WEEK = 10;
const WEEK_SECONDS = 7 * 86_400;

/** A member organisation's representative proposes a person; nobody is mailed until the coordinator accepts. */
export async function proposePeerLeader(
  store: Store,
  caller: Caller,
  organisationId: string,
  input: ProposalInput,
  now: Date,
): Promise<PeerProposal> {
  const organisation = await getOrganisation(store, organisationId);
  if (organisation?.status !== 'member')
    throw new Forbidden('Only member organisations propose peer leaders.');
  await countAgainstLimit(store, `peer-proposals#${organisationId}`, PROPOSALS_PER_WEEK, WEEK_SECONDS, now);
  const proposal: PeerProposal = {
    id: randomUUID(),
    organisationId,
    organisationName: organisation.name,
    proposedBy: caller.personId,
    email: input.email,
    ...(input.name ? { name: input.name } : {}),
    ...(input.note ? { note: input.note } : {}),
    language: input.language,
    status: 'pending',
    createdAt: now.toISOString(),
  };
  await putProposal(store, proposal, actorOf(caller), now);
  return proposal;
}

export const pendingProposals = (store: Store, cursor: string | undefined): Promise<Page<PeerProposal>> =>
  listProposals(store, 'pending', cursor);

/** The proposal, still to be decided: 404 if there is none, 409 if it was decided. */
async function pending(store: Store, id: string): Promise<PeerProposal & { email: string }> {
  const proposal = await getProposal(store, id);
  if (!proposal) throw new NotFound('There is no such proposal.');
  if (proposal.status !== 'pending' || !proposal.email)
    throw new Conflict('This proposal was decided already.', 'already_decided');
  return { ...proposal, email: proposal.email };
}

/** The coordinator accepts: the person is invited (once) and the proposal records whom it became. */
export async function acceptProposal(store: Store, caller: Caller, id: string, now: Date) {
  // The note was for the coordinator's decision; once decided, the proposal keeps no more than the list entry.
  const { note: _note, ...proposal } = await pending(store, id);
  const person = await ensurePerson(store, proposal.email, proposal.language, now);
  const accepted: PeerProposal = {
    ...proposal,
    status: 'accepted',
    decidedAt: now.toISOString(),
    personId: person.id,
  };
  await acceptProposalItems(store, accepted, person, actorOf(caller), now);
  return accepted;
}

/** The coordinator declines: the proposal keeps its organisation and dates, not the person's address, name or note. */
export async function declineProposal(store: Store, caller: Caller, id: string, now: Date) {
  const { email: _email, name: _name, note: _note, ...proposal } = await pending(store, id);
  const declined: PeerProposal = { ...proposal, status: 'declined', decidedAt: now.toISOString() };
  await declineProposalItems(store, declined, actorOf(caller), now);
  return declined;
}
