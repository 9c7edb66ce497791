import { jwtVerify, SignJWT } from 'jose';

export const SESSION_COOKIE = 'kaiutin_session';
export const SESSION_DAYS = 7;

export interface SessionClaims {
  personId: string;
  sessionId: string;
}

export async function signSessionToken(key: Uint8Array, claims: SessionClaims, now: Date): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.personId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SESSION_DAYS * 86_400)
    .sign(key);
}

/** The claims of a valid, unexpired token signed with the key; undefined for anything else. */
export async function verifySessionToken(
  key: Uint8Array,
  token: string,
  now: Date,
): Promise<SessionClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], currentDate: now });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return undefined;
    return { personId: payload.sub, sessionId: payload.sid };
  } catch {
    return undefined;
  }
}

const onHttps = (publicBaseUrl: string) => publicBaseUrl.startsWith('https://');

/**
 * The cookie's name: on https with the `__Host-` prefix, which browsers accept only from the host
 * itself (Secure, Path=/, no Domain), so no other site of the domain can plant or shadow a
 * session. Browsers refuse the prefix on plain-HTTP localhost, which keeps the plain name.
 */
export const sessionCookieName = (publicBaseUrl: string) =>
  onHttps(publicBaseUrl) ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;

const attributes = (publicBaseUrl: string, maxAge: number) =>
  `HttpOnly; SameSite=Lax; Path=/; Max-Age=${maxAge}${onHttps(publicBaseUrl) ? '; Secure' : ''}`;

/** The cookie that carries the session: HttpOnly, SameSite=Lax, Secure except on plain-HTTP localhost. */
export const sessionCookie = (token: string, publicBaseUrl: string) =>
  `${sessionCookieName(publicBaseUrl)}=${token}; ${attributes(publicBaseUrl, SESSION_DAYS * 86_400)}`;

export const clearedSessionCookie = (publicBaseUrl: string) =>
  `${sessionCookieName(publicBaseUrl)}=; ${attributes(publicBaseUrl, 0)}`;

/** The token of the cookie this site sets; on https, a cookie without the prefix is not ours. */
export function sessionTokenFrom(cookies: string[] | undefined, publicBaseUrl: string): string | undefined {
  const name = `${sessionCookieName(publicBaseUrl)}=`;
  return (
    cookies
      ?.map((cookie) => cookie.trim())
      .find((cookie) => cookie.startsWith(name))
      ?.slice(name.length) || undefined
  );
}
