import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

export const CODE_VALID_MINUTES = 15;
/** After this many wrong tries the code is locked, even for the right code. */
export const MAX_WRONG_TRIES = 5;

/** Six random digits: easy to type from an email on a phone. */
export const newSignInCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** Codes are stored only as a keyed hash, bound to the address they were sent to. */
export const hashSignInCode = (key: Uint8Array, email: string, code: string) =>
  createHmac('sha256', key).update(`${email}\n${code}`).digest('hex');

export interface StoredCode {
  codeHash: string;
  expiresAt: number;
  wrongTries: number;
  used: boolean;
}

export type CodeCheck = 'valid' | 'wrong' | 'expired' | 'locked' | 'used' | 'missing';

export function checkSignInCode(stored: StoredCode | undefined, hash: string, nowSeconds: number): CodeCheck {
  if (!stored) return 'missing';
  if (stored.used) return 'used';
  if (stored.wrongTries >= MAX_WRONG_TRIES) return 'locked';
  if (nowSeconds >= stored.expiresAt) return 'expired';
  const matches =
    stored.codeHash.length === hash.length &&
    timingSafeEqual(Buffer.from(stored.codeHash), Buffer.from(hash));
  return matches ? 'valid' : 'wrong';
}
