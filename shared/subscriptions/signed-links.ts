import { createHmac } from 'node:crypto';
import { sameSecret } from '#shared/auth/constant-time.ts';
import type { Subscription } from './subscription.ts';

/**
 * Links in emails that act without a session: whoever holds the link may do that one thing, because
 * it is signed (HMAC with the signed-link key) for its purpose and its subscription.
 */
export const sign = (key: Uint8Array, purpose: string, parts: string[]) =>
  createHmac('sha256', key)
    .update([purpose, ...parts].join('\n'))
    .digest('base64url');

/** Whether the token is the one `tokenFor` makes with one of the keys (`signedLinkKeys()`). */
export const signedByAny = (keys: Uint8Array[], token: string, tokenFor: (key: Uint8Array) => string) =>
  keys.some((key) => sameSecret(tokenFor(key), token));

type Owned = Pick<Subscription, 'id' | 'organisationId'>;
const ownerOf = (s: Owned) => [s.organisationId ?? '', s.id];

export const unsubscribeToken = (key: Uint8Array, s: Owned) => sign(key, 'unsubscribe', ownerOf(s));

export const isUnsubscribeToken = (key: Uint8Array, s: Owned, token: string) =>
  sameSecret(unsubscribeToken(key, s), token);

/** `o` names the organisation; a subscriber outside the network has none. */
export const unsubscribeQuery = (s: Owned, token: string) =>
  new URLSearchParams({ ...(s.organisationId ? { o: s.organisationId } : {}), s: s.id, t: token }).toString();

export const confirmationToken = (key: Uint8Array, subscriptionId: string) =>
  sign(key, 'confirm-subscription', [subscriptionId]);

export const isConfirmationToken = (key: Uint8Array, subscriptionId: string, token: string) =>
  sameSecret(confirmationToken(key, subscriptionId), token);
