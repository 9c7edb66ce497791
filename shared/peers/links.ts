import { sign, signedByAny } from '#shared/subscriptions/signed-links.ts';

/**
 * The request email's links let the peer leader answer without signing in: whoever holds the link
 * may read that one request and answer it, yes or no, because it is signed for its request with the
 * signed-link key. Both links carry the same token; `answer` only preselects the page's button.
 */
export const peerRequestToken = (key: Uint8Array, requestId: string) =>
  sign(key, 'peer-request-answer', [requestId]);

/** Whether the token was signed for the request with one of the keys (`signedLinkKeys()`). */
export const isPeerRequestToken = (keys: Uint8Array[], requestId: string, token: string) =>
  signedByAny(keys, token, (key) => peerRequestToken(key, requestId));

/** The web app's answer page (a path, for notices): it answers only when its button is pressed. */
export const peerRequestPath = (key: Uint8Array, requestId: string, answer: 'yes' | 'no') =>
  `/peer-requests/${encodeURIComponent(requestId)}?${new URLSearchParams({
    answer,
    t: peerRequestToken(key, requestId),
  })}`;
