import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ConfigError, config } from '#shared/config.ts';

let client: SecretsManagerClient | undefined;

/** The text of a Secrets Manager secret (AWS stages only; locally secrets come from the environment). */
export async function secretString(arn: string): Promise<string> {
  client ??= new SecretsManagerClient({ region: config().region });
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: arn }));
  if (!SecretString) throw new ConfigError(`The secret ${arn} is empty`);
  return SecretString;
}
