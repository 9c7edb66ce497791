import { timingSafeEqual } from 'node:crypto';

/** Whether a token or signature given is the one expected, in a time that does not tell how much matched. */
export function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
