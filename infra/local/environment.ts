import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { catalog } from '#functions/catalog.ts';
import { ENV } from '#shared/config.ts';

/** The table the local runtime creates and every local tool uses. */
export const TABLE_NAME = 'kaiutin-local';

export interface LocalEndpoints {
  stage: string;
  tableName: string;
  publicBaseUrl: string;
  dynamodbEndpoint: string;
  sesEndpoint: string;
  /** Absent for tools that invoke no function. */
  lambdaEndpoint?: string;
  /** Absent for tools that neither sign nor read sessions. */
  sessionSecret?: string;
}

/**
 * The environment a function gets when it runs against local services: the same variables as in
 * Lambda, with the endpoints of the emulators and credentials they accept.
 */
export function localEnvironment(endpoints: LocalEndpoints): Record<string, string> {
  return {
    [ENV.stage]: endpoints.stage,
    [ENV.tableName]: endpoints.tableName,
    [ENV.publicBaseUrl]: endpoints.publicBaseUrl,
    [ENV.mailFrom]: 'Kaiutin <noreply@kaiutin.local>',
    [ENV.dynamodbEndpoint]: endpoints.dynamodbEndpoint,
    [ENV.sesEndpoint]: endpoints.sesEndpoint,
    [ENV.region]: 'eu-north-1',
    // Local feeds and the tests' fixture server live on this machine.
    [ENV.sourcesAllowPrivateAddresses]: 'true',
    ...(endpoints.lambdaEndpoint
      ? {
          [ENV.lambdaEndpoint]: endpoints.lambdaEndpoint,
          // The local Lambda endpoint knows functions by their catalog names (AWS: kaiutin-<stage>-<name>).
          ...Object.fromEntries(
            catalog.flatMap((spec) => spec.invokes ?? []).map((callee) => [callee.variable, callee.function]),
          ),
        }
      : {}),
    ...(endpoints.sessionSecret ? { [ENV.sessionSecret]: endpoints.sessionSecret } : {}),
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  };
}

/** The local session signing key: kept in the data folder so sessions survive a restart, else new. */
export function localSessionSecret(dataDir: string | undefined): string {
  const file = dataDir ? join(dataDir, 'session-secret') : undefined;
  if (file && existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, secret, { mode: 0o600 });
  }
  return secret;
}
