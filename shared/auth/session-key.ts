import { ConfigError, config } from '#shared/config.ts';
import { secretString } from '#shared/secrets.ts';

let key: Promise<Uint8Array> | undefined;

async function load(): Promise<Uint8Array> {
  const { sessionSecret, sessionSecretArn } = config();
  if (sessionSecret) return Buffer.from(sessionSecret, 'hex');
  if (!sessionSecretArn) throw new ConfigError('Neither SESSION_SECRET nor SESSION_SECRET_ARN is set');
  return new TextEncoder().encode(await secretString(sessionSecretArn));
}

/** The key that signs sessions and sign-in code hashes, read once per process. */
export function sessionKey(): Promise<Uint8Array> {
  key ??= load().catch((error) => {
    key = undefined;
    throw error;
  });
  return key;
}
