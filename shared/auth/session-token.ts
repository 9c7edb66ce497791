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

/** The cookie that carries the session: HttpOnly, SameSite=Lax, Secure except on plain-HTTP localhost. */
export function sessionCookie(token: string, publicBaseUrl: string): string {
  const secure = publicBaseUrl.startsWith('https://') ? '; Secure' : '';
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${SESSION_DAYS * 86_400}${secure}`;
}

export function clearedSessionCookie(publicBaseUrl: string): string {
  const secure = publicBaseUrl.startsWith('https://') ? '; Secure' : '';
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0${secure}`;
}

export const sessionTokenFrom = (cookies: string[] | undefined) =>
  cookies
    ?.map((cookie) => cookie.trim())
    .find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1) || undefined;
