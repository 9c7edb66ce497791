import type { Caller } from '#shared/auth/access.ts';
import { Conflict, Forbidden } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { CONSENT_VERSION, type PeerProfile, type ProfileInput } from './peer-leader.ts';
import { type ProfileFields, profileView, putProfile, readPeerState, withFreshRead } from './peer-store.ts';

/**
 * Saves the caller's whole profile (PUT), only under a consent to the current text (409
 * `consent_required` otherwise), with the choice that consent holds now: read again if it changed.
 */
export async function saveProfile(
  store: Store,
  caller: Caller,
  input: ProfileInput,
  now: Date,
): Promise<PeerProfile> {
  if (!caller.peerLeader) throw new Forbidden('You are not invited to the peer-leader bank.');
  return withFreshRead(async () => {
    const { consent, profile: previous, trainings } = await readPeerState(store, caller.personId);
    if (consent?.version !== CONSENT_VERSION)
      throw new Conflict('Give your consent to the current text first.', 'consent_required');
    const profile: ProfileFields = {
      personId: caller.personId,
      name: input.name,
      languages: input.languages,
      municipalities: [...new Set(input.municipalities)],
      themes: input.themes,
      availability: input.availability,
      ...(input.availabilityNote ? { availabilityNote: input.availabilityNote } : {}),
      ...(input.introduction ? { introduction: input.introduction } : {}),
      visibility: consent.visibility,
      public: consent.public,
      updatedAt: now.toISOString(),
    };
    await putProfile(store, profile, consent, previous);
    return profileView(profile, trainings);
  });
}
