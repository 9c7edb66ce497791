import { createHmac, randomBytes } from 'node:crypto';
import { sameSecret } from '#shared/auth/constant-time.ts';
import { Conflict, DomainError } from '#shared/errors.ts';

/**
 * A source's push hook: a decision system that calls `POST /api/sources/{id}/hook` has the source
 * read at once. The call is signed with the hook's secret, HMAC-SHA256 over "<timestamp>.<body>",
 * sent as `X-Kaiutin-Signature: sha256=<hex>` with `X-Kaiutin-Timestamp` (unix seconds).
 *
 * The secret is never stored: it is derived from the hook key and a random nonce kept on
 * the source, so the table alone (a backup, an export) cannot sign a call, and a new nonce (a
 * rotation) makes every earlier secret fail.
 */

export const TIMESTAMP_HEADER = 'x-kaiutin-timestamp';
export const SIGNATURE_HEADER = 'x-kaiutin-signature';

/** How far a call's timestamp may be from now, either way; a signature is remembered this long after it. */
export const FRESH_SECONDS = 5 * 60;

/** A new hook's (or a rotated one's) nonce. */
export const newHookNonce = () => randomBytes(16).toString('base64url');

/** The secret of a source's hook, made again from its nonce whenever a call is checked. */
export const hookSecret = (key: Uint8Array, sourceId: string, nonce: string) =>
  createHmac('sha256', key).update(['source-hook', sourceId, nonce].join('\n')).digest('base64url');

/** The signature a caller sends: what the decision system computes with the secret it was shown. */
export const hookSignature = (secret: string, timestamp: string, body: Uint8Array) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;

/** One answer for every refusal, so a caller learns nothing of which sources exist or have a hook. */
class BadSignature extends DomainError {
  constructor() {
    super('unauthenticated', 'bad_signature', 'The signature of this call is missing or wrong.');
  }
}

export const replayed = (why: string) => new Conflict(why, 'replayed');

export interface HookCall {
  /** The hook's secret; undefined when the source does not exist or its hook is disabled. */
  secret: string | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
  body: Uint8Array;
}

/**
 * Checks a call: the signature first (refused alike whatever is wrong), then that it is fresh.
 * Answers the signature, which the caller records so that the same call is never taken twice.
 */
export function checkHookCall(call: HookCall, now: Date): { signature: string; timestamp: number } {
  const { secret, timestamp, signature } = call;
  if (!secret || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) throw new BadSignature();
  if (!sameSecret(hookSignature(secret, timestamp, call.body), signature)) throw new BadSignature();
  const seconds = Number(timestamp);
  if (Math.abs(now.getTime() / 1000 - seconds) > FRESH_SECONDS) {
    throw replayed('The timestamp of this call is more than 5 minutes from now.');
  }
  return { signature, timestamp: seconds };
}
