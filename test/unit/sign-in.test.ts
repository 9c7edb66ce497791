import { describe, expect, it } from 'vitest';
import {
  sessionCookie,
  sessionTokenFrom,
  signSessionToken,
  verifySessionToken,
} from '#shared/auth/session-token.ts';
import {
  checkSignInCode,
  hashSignInCode,
  MAX_WRONG_TRIES,
  newSignInCode,
} from '#shared/auth/sign-in-code.ts';

const key = new Uint8Array(32).fill(7);
const now = new Date('2026-11-22T12:00:00Z');
const seconds = now.getTime() / 1000;

describe('sign-in codes', () => {
  it('are six digits', () => {
    for (let i = 0; i < 50; i += 1) expect(newSignInCode()).toMatch(/^\d{6}$/);
  });

  it('are bound to their address by the keyed hash', () => {
    expect(hashSignInCode(key, 'a@example.org', '123456')).not.toBe(
      hashSignInCode(key, 'b@example.org', '123456'),
    );
    expect(hashSignInCode(key, 'a@example.org', '123456')).not.toBe(
      hashSignInCode(new Uint8Array(32), 'a@example.org', '123456'),
    );
  });

  it('are valid once, until they expire or are locked', () => {
    const hash = hashSignInCode(key, 'a@example.org', '123456');
    const stored = { codeHash: hash, expiresAt: seconds + 60, wrongTries: 0, used: false };
    expect(checkSignInCode(stored, hash, seconds)).toBe('valid');
    expect(checkSignInCode(stored, hashSignInCode(key, 'a@example.org', '654321'), seconds)).toBe('wrong');
    expect(checkSignInCode({ ...stored, used: true }, hash, seconds)).toBe('used');
    expect(checkSignInCode(stored, hash, seconds + 60)).toBe('expired');
    expect(checkSignInCode({ ...stored, wrongTries: MAX_WRONG_TRIES }, hash, seconds)).toBe('locked');
    expect(checkSignInCode(undefined, hash, seconds)).toBe('missing');
  });
});

describe('session tokens', () => {
  it('carry the person and session, and are refused when tampered, expired or signed with another key', async () => {
    const token = await signSessionToken(key, { personId: 'p1', sessionId: 's1' }, now);
    expect(await verifySessionToken(key, token, now)).toEqual({ personId: 'p1', sessionId: 's1' });
    expect(await verifySessionToken(new Uint8Array(32).fill(8), token, now)).toBeUndefined();
    expect(await verifySessionToken(key, token, new Date(now.getTime() + 8 * 86_400_000))).toBeUndefined();
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'p2', sid: 's1', exp: seconds + 100 })).toString(
      'base64url',
    );
    expect(await verifySessionToken(key, `${header}.${forged}.${signature}`, now)).toBeUndefined();
    const unsigned = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const [, payload] = token.split('.');
    expect(await verifySessionToken(key, `${unsigned}.${payload}.`, now)).toBeUndefined();
    expect(await verifySessionToken(key, `${unsigned}.${payload}.${signature}`, now)).toBeUndefined();
    for (const broken of ['', 'a.b', `${token}.x`, `${header}.${payload}.${signature}x`, `${header}.!.x`])
      expect(await verifySessionToken(key, broken, now)).toBeUndefined();
  });

  it('travel in an HttpOnly, SameSite cookie, Secure whenever the site is on https', () => {
    expect(sessionCookie('t', 'https://kaiutin.fi')).toMatch(
      /^kaiutin_session=t; HttpOnly; SameSite=Lax; Path=\/; Max-Age=\d+; Secure$/,
    );
    expect(sessionCookie('t', 'http://localhost:3000')).not.toContain('Secure');
    expect(sessionTokenFrom(['other=1', 'kaiutin_session=abc'])).toBe('abc');
    expect(sessionTokenFrom(['kaiutin_session='])).toBeUndefined();
  });
});
