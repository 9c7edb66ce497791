import type { Caller } from '#shared/auth/access.ts';
import { NotFound } from '#shared/errors.ts';
import { getOrganisation } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { CONSENT_VERSION, type Consent, type PeerProfile } from './peer-leader.ts';
import { getInvited, profileView, proposalsOf, readPeerState } from './peer-store.ts';

/** Whether the caller represents an organisation that is a member now (not a partner, not a former member). */
async function representsMember(store: Store, caller: Caller): Promise<boolean> {
  const organisations = await Promise.all(caller.organisations.map((id) => getOrganisation(store, id)));
  return organisations.some((org) => org?.status === 'member');
}

/**
 * A profile, for those its person chose: themself, the coordinator, member organisations'
 * representatives if it is visible to members, anyone if public. Everyone else gets the same 404
 * as for no profile at all, so whether a person is a peer leader does not leak.
 */
export async function readProfile(
  store: Store,
  caller: Caller | undefined,
  personId: string,
): Promise<PeerProfile> {
  const { profile, trainings } = await readPeerState(store, personId);
  const allowed =
    profile &&
    (profile.public ||
      caller?.personId === personId ||
      caller?.coordinator ||
      (caller && profile.visibility === 'members' && (await representsMember(store, caller))));
  if (!profile || !allowed) throw new NotFound('There is no such peer-leader profile.');
  return profileView(profile, trainings);
}

export interface MyPeerLeader {
  invited: boolean;
  currentVersion: string;
  consent: Consent | null;
  /** Invited, and no consent to the current text: the page asks for it. */
  mustConsent: boolean;
  profile: PeerProfile | null;
}

/** The caller's own state in the bank: consent, whether it must be given again, the profile. */
export async function myPeerLeader(store: Store, caller: Caller): Promise<MyPeerLeader> {
  const { consent, profile, trainings } = await readPeerState(store, caller.personId);
  return {
    invited: caller.peerLeader,
    currentVersion: CONSENT_VERSION,
    consent: consent ?? null,
    mustConsent: caller.peerLeader && consent?.version !== CONSENT_VERSION,
    profile: profile ? profileView(profile, trainings) : null,
  };
}

/**
 * What the bank holds about the caller, for their data export: the trainings even without a
 * profile, the coordinator's list entry (when invited, the name the coordinator gave) and every
 * proposal naming their address, whichever organisation made it.
 */
export async function exportPeerData(store: Store, caller: Caller) {
  const [{ consent, profile, trainings }, listed, proposals] = await Promise.all([
    readPeerState(store, caller.personId),
    getInvited(store, caller.personId),
    proposalsOf(store, caller.email),
  ]);
  return {
    invited: caller.peerLeader,
    listEntry: listed ?? null,
    consent: consent ?? null,
    profile: profile ?? null,
    trainings,
    proposals,
  };
}
