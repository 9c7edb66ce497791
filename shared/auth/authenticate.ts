import { config } from '#shared/config.ts';
import { callerFrom, readPersonPartition } from '#shared/people/person-store.ts';
import type { Store } from '#shared/store/client.ts';
import type { Caller } from './access.ts';
import { sessionKey } from './session-key.ts';
import { sessionTokenFrom, verifySessionToken } from './session-token.ts';

export interface Authenticated {
  caller: Caller;
  sessionId: string;
}

/**
 * The caller behind a request's session cookie: a valid signature is not enough, the session
 * must also still be recorded (signing out or deleting the account removes it).
 */
export async function authenticate(
  store: Store,
  cookies: string[] | undefined,
  now: Date,
): Promise<Authenticated | undefined> {
  const token = sessionTokenFrom(cookies, config().publicBaseUrl);
  if (!token) return undefined;
  const claims = await verifySessionToken(await sessionKey(), token, now);
  if (!claims) return undefined;
  const partition = await readPersonPartition(store, claims.personId);
  const expiresAt = partition.sessions.get(claims.sessionId);
  if (!expiresAt || expiresAt * 1000 <= now.getTime()) return undefined;
  const caller = callerFrom(partition);
  return caller ? { caller, sessionId: claims.sessionId } : undefined;
}
