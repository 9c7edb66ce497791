import { createHmac, timingSafeEqual } from 'node:crypto';

/** Who may end a subscription from an email: whoever holds the link, signed for that subscription. */
export const unsubscribeToken = (key: Uint8Array, organisationId: string, subscriptionId: string) =>
  createHmac('sha256', key).update(`unsubscribe\n${organisationId}\n${subscriptionId}`).digest('base64url');

export function isUnsubscribeToken(
  key: Uint8Array,
  organisationId: string,
  subscriptionId: string,
  token: string,
): boolean {
  const expected = Buffer.from(unsubscribeToken(key, organisationId, subscriptionId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export const unsubscribeQuery = (organisationId: string, subscriptionId: string, token: string) =>
  new URLSearchParams({ o: organisationId, s: subscriptionId, t: token }).toString();
