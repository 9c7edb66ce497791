import type * as z from 'zod/mini';
import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Forbidden } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { type Consent, consentCovers, type consentInput } from './peer-leader.ts';
import { putConsent, readPeerState, withFreshRead } from './peer-store.ts';

/**
 * An invited person consents to the current text, choosing who sees the profile. Given again, it
 * replaces the old consent, and an existing profile and its index items take the new choice.
 */
export async function giveConsent(
  store: Store,
  caller: Caller,
  input: z.output<typeof consentInput>,
  now: Date,
): Promise<Consent> {
  if (!caller.peerLeader) throw new Forbidden('You are not invited to the peer-leader bank.');
  const consent: Consent = {
    version: input.version,
    covers: [...consentCovers],
    visibility: input.visibility,
    public: input.public,
    givenAt: now.toISOString(),
  };
  await withFreshRead(async () => {
    const { profile } = await readPeerState(store, caller.personId);
    await putConsent(store, caller.personId, consent, profile, actorOf(caller), now);
  });
  return consent;
}
