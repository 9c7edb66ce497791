import { describe, expect, it } from 'vitest';
import { deriveKey } from '#shared/auth/session-key.ts';
import {
  clearedSessionCookie,
  sessionCookie,
  sessionTokenFrom,
  signSessionToken,
  verifySessionToken,
} from '#shared/auth/session-token.ts';
import {
  addressTag,
  checkSignInCode,
  hashSignInCode,
  MAX_WRONG_TRIES,
  MAX_WRONG_TRIES_PER_ADDRESS,
  newSignInCode,
} from '#shared/auth/sign-in-code.ts';
import {
  confirmationToken,
  isConfirmationToken,
  isUnsubscribeToken,
  unsubscribeToken,
} from '#shared/subscriptions/signed-links.ts';

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
    expect(checkSignInCode(stored, 0, hash, seconds)).toBe('valid');
    expect(checkSignInCode(stored, 0, hashSignInCode(key, 'a@example.org', '654321'), seconds)).toBe('wrong');
    expect(checkSignInCode({ ...stored, used: true }, 0, hash, seconds)).toBe('used');
    expect(checkSignInCode(stored, 0, hash, seconds + 60)).toBe('expired');
    expect(checkSignInCode({ ...stored, wrongTries: MAX_WRONG_TRIES }, 0, hash, seconds)).toBe('locked');
    expect(checkSignInCode(undefined, 0, hash, seconds)).toBe('missing');
  });

  it('are all refused, the right one too, once the address has had too many wrong tries', () => {
    const hash = hashSignInCode(key, 'a@example.org', '123456');
    const stored = { codeHash: hash, expiresAt: seconds + 60, wrongTries: 0, used: false };
    expect(checkSignInCode(stored, MAX_WRONG_TRIES_PER_ADDRESS - 1, hash, seconds)).toBe('valid');
    expect(checkSignInCode(stored, MAX_WRONG_TRIES_PER_ADDRESS, hash, seconds)).toBe('paused');
    // The same answer whether or not a code (or an account) exists for the address.
    expect(checkSignInCode(undefined, MAX_WRONG_TRIES_PER_ADDRESS, hash, seconds)).toBe('paused');
  });

  it('are stored under a tag of the address that is not the address', () => {
    const tag = addressTag(key, 'a@example.org');
    expect(tag).not.toContain('example');
    expect(tag).toBe(addressTag(key, 'a@example.org'));
    expect(tag).not.toBe(addressTag(key, 'b@example.org'));
  });
});

describe('keys', () => {
  const secret = new Uint8Array(32).fill(3);
  const session = deriveKey(secret, 'session');
  const code = deriveKey(secret, 'sign-in-code');
  const link = deriveKey(secret, 'signed-link');

  it('are derived apart for sessions, code hashes and signed links', () => {
    const hex = [session, code, link, secret].map((k) => Buffer.from(k).toString('hex'));
    expect(new Set(hex).size).toBe(4);
    expect(session).toHaveLength(32);
    expect(Buffer.from(deriveKey(secret, 'session')).equals(Buffer.from(session))).toBe(true);
  });

  it('make what is signed for one purpose worthless for another', async () => {
    const token = await signSessionToken(session, { personId: 'p1', sessionId: 's1' }, now);
    expect(await verifySessionToken(session, token, now)).toEqual({ personId: 'p1', sessionId: 's1' });
    expect(await verifySessionToken(link, token, now)).toBeUndefined();
    expect(await verifySessionToken(code, token, now)).toBeUndefined();
    expect(await verifySessionToken(secret, token, now)).toBeUndefined();

    const subscription = { id: 's1', organisationId: 'o1' };
    const unsubscribe = unsubscribeToken(link, subscription);
    expect(isUnsubscribeToken(link, subscription, unsubscribe)).toBe(true);
    expect(isUnsubscribeToken(session, subscription, unsubscribe)).toBe(false);
    expect(isUnsubscribeToken(link, subscription, unsubscribeToken(session, subscription))).toBe(false);
    expect(isConfirmationToken(link, 's1', confirmationToken(link, 's1'))).toBe(true);
    expect(isConfirmationToken(link, 's1', confirmationToken(code, 's1'))).toBe(false);

    expect(hashSignInCode(code, 'a@example.org', '123456')).not.toBe(
      hashSignInCode(session, 'a@example.org', '123456'),
    );
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

  it('travel in an HttpOnly, SameSite cookie, Secure and __Host- prefixed whenever the site is on https', () => {
    expect(sessionCookie('t', 'https://kaiutin.fi')).toMatch(
      /^__Host-kaiutin_session=t; HttpOnly; SameSite=Lax; Path=\/; Max-Age=\d+; Secure$/,
    );
    expect(clearedSessionCookie('https://kaiutin.fi')).toMatch(
      /^__Host-kaiutin_session=; HttpOnly; SameSite=Lax; Path=\/; Max-Age=0; Secure$/,
    );
    expect(sessionCookie('t', 'http://localhost:3000')).toMatch(/^kaiutin_session=t; /);
    expect(sessionCookie('t', 'http://localhost:3000')).not.toContain('Secure');
    expect(clearedSessionCookie('http://localhost:3000')).toMatch(/^kaiutin_session=; .*Max-Age=0$/);
  });

  it('are read from the cookie of the name the site sets, never from the other one', () => {
    const https = 'https://kaiutin.fi';
    const http = 'http://localhost:3000';
    expect(sessionTokenFrom(['other=1', '__Host-kaiutin_session=abc'], https)).toBe('abc');
    // A cookie without the prefix may have been planted by another site of the domain.
    expect(sessionTokenFrom(['kaiutin_session=planted'], https)).toBeUndefined();
    expect(sessionTokenFrom(['kaiutin_session=planted', '__Host-kaiutin_session=abc'], https)).toBe('abc');
    expect(sessionTokenFrom(['__Host-kaiutin_session='], https)).toBeUndefined();
    expect(sessionTokenFrom(['other=1', 'kaiutin_session=abc'], http)).toBe('abc');
    expect(sessionTokenFrom(['__Host-kaiutin_session=abc'], http)).toBeUndefined();
    expect(sessionTokenFrom(['kaiutin_session='], http)).toBeUndefined();
  });
});
