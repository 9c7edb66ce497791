import { hkdfSync } from 'node:crypto';
import { ConfigError, config } from '#shared/config.ts';
import { secretString } from '#shared/secrets.ts';

/**
 * What a key is for. Each purpose has its own key derived from the one secret (HKDF-SHA256, the
 * purpose as its info), so a value made for one purpose never passes as another: a session token is
 * no unsubscribe link, and neither is a code hash.
 */
export type KeyPurpose = 'session' | 'sign-in-code' | 'signed-link' | 'source-hook';

const SALT = 'kaiutin';

/** The key for one purpose, derived from the secret. */
export const deriveKey = (secret: Uint8Array, purpose: KeyPurpose): Uint8Array =>
  new Uint8Array(hkdfSync('sha256', secret, SALT, `kaiutin ${purpose} key v1`, 32));

let secret: Promise<Uint8Array> | undefined;

async function load(): Promise<Uint8Array> {
  const { sessionSecret, sessionSecretArn } = config();
  if (sessionSecret) return Buffer.from(sessionSecret, 'hex');
  if (!sessionSecretArn) throw new ConfigError('Neither SESSION_SECRET nor SESSION_SECRET_ARN is set');
  return new TextEncoder().encode(await secretString(sessionSecretArn));
}

/** The secret, read once per process. */
function rootSecret(): Promise<Uint8Array> {
  secret ??= load().catch((error) => {
    secret = undefined;
    throw error;
  });
  return secret;
}

const keys = new Map<KeyPurpose, Uint8Array>();

async function keyFor(purpose: KeyPurpose): Promise<Uint8Array> {
  const known = keys.get(purpose);
  if (known) return known;
  const key = deriveKey(await rootSecret(), purpose);
  keys.set(purpose, key);
  return key;
}

/** Signs session tokens. */
export const sessionKey = () => keyFor('session');
/** Keys the hashes sign-in codes (and the addresses they were sent to) are stored as. */
export const signInCodeKey = () => keyFor('sign-in-code');
/** Signs the links in emails that act without a session (unsubscribe, confirm). */
export const signedLinkKey = () => keyFor('signed-link');
/** Makes the secrets of agenda sources' push hooks, each from its source and nonce. */
export const sourceHookKey = () => keyFor('source-hook');

/**
 * What a signed link is checked with: its own key, and the secret itself, which signed the links
 * of emails sent before keys were derived, so that those unsubscribe and confirm links still work.
 * Nothing signs with the secret any more, so it can vouch for nothing new.
 */
export const signedLinkKeys = async (): Promise<Uint8Array[]> => [await signedLinkKey(), await rootSecret()];
