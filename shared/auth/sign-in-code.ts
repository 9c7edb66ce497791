import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

export const CODE_VALID_MINUTES = 15;
/** After this many wrong tries the code is locked, even for the right code. */
export const MAX_WRONG_TRIES = 5;
/**
 * Wrong tries one address may have in a window, whatever the number of codes: without it each new
 * code would bring five more guesses (five codes per 15 minutes, some 2,400 guesses a day).
 */
export const MAX_WRONG_TRIES_PER_ADDRESS = 20;
export const ADDRESS_WINDOW_SECONDS = 24 * 60 * 60;

/** Six random digits: easy to type from an email on a phone. */
export const newSignInCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** Codes are stored only as a keyed hash, bound to the address they were sent to. */
export const hashSignInCode = (key: Uint8Array, email: string, code: string) =>
  createHmac('sha256', key).update(`${email}\n${code}`).digest('hex');

/** What the sign-in items of an address are keyed by, so that they never hold the address itself. */
export const addressTag = (key: Uint8Array, email: string) =>
  createHmac('sha256', key).update(`address\n${email}`).digest('base64url');

/** The window of wrong tries a moment falls in, in epoch seconds. */
export function addressWindow(nowSeconds: number): { start: number; end: number } {
  const start = nowSeconds - (nowSeconds % ADDRESS_WINDOW_SECONDS);
  return { start, end: start + ADDRESS_WINDOW_SECONDS };
}

export interface StoredCode {
  codeHash: string;
  expiresAt: number;
  wrongTries: number;
  used: boolean;
}

/** `paused`: the address has had too many wrong tries in this window, with any of its codes. */
export type CodeCheck = 'valid' | 'wrong' | 'expired' | 'locked' | 'used' | 'missing' | 'paused';

export function checkSignInCode(
  stored: StoredCode | undefined,
  wrongTriesOfAddress: number,
  hash: string,
  nowSeconds: number,
): CodeCheck {
  if (wrongTriesOfAddress >= MAX_WRONG_TRIES_PER_ADDRESS) return 'paused';
  if (!stored) return 'missing';
  if (stored.used) return 'used';
  if (stored.wrongTries >= MAX_WRONG_TRIES) return 'locked';
  if (nowSeconds >= stored.expiresAt) return 'expired';
  const matches =
    stored.codeHash.length === hash.length &&
    timingSafeEqual(Buffer.from(stored.codeHash), Buffer.from(hash));
  return matches ? 'valid' : 'wrong';
}
