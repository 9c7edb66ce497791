import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ConfigError, config } from '#shared/config.ts';

let key: Promise<Uint8Array> | undefined;

async function load(): Promise<Uint8Array> {
  const { sessionSecret, sessionSecretArn, region } = config();
  if (sessionSecret) return Buffer.from(sessionSecret, 'hex');
  if (!sessionSecretArn) throw new ConfigError('Neither SESSION_SECRET nor SESSION_SECRET_ARN is set');
  const client = new SecretsManagerClient({ region });
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: sessionSecretArn }));
  if (!SecretString) throw new ConfigError('The session secret is empty');
  return new TextEncoder().encode(SecretString);
}

/** The key that signs sessions and sign-in code hashes, read once per process. */
export function sessionKey(): Promise<Uint8Array> {
  key ??= load().catch((error) => {
    key = undefined;
    throw error;
  });
  return key;
}
