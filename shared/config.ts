import { en } from 'zod/locales';
import * as z from 'zod/mini';

// zod/mini loads no locale by itself: these errors, and every parse error a Lambda logs, in English.
z.config(en());

/** Environment variable names, shared by infra/ (which sets them) and the code that reads them. */
export const ENV = {
  stage: 'STAGE',
  tableName: 'TABLE_NAME',
  publicBaseUrl: 'PUBLIC_BASE_URL',
  mailFrom: 'MAIL_FROM',
  sesConfigurationSet: 'SES_CONFIGURATION_SET',
  dynamodbEndpoint: 'DYNAMODB_ENDPOINT',
  sesEndpoint: 'SES_ENDPOINT',
  lambdaEndpoint: 'LAMBDA_ENDPOINT',
  region: 'AWS_REGION',
  /** Hex-encoded session signing key; set locally. In AWS the key is read from the secret below. */
  sessionSecret: 'SESSION_SECRET',
  sessionSecretArn: 'SESSION_SECRET_ARN',
  /** This address is made a coordinator when it signs in: how the first coordinator comes to be in AWS. */
  firstCoordinatorEmail: 'FIRST_COORDINATOR_EMAIL',
  /** Emails per second at most, across all senders (in AWS: the account's SES maximum send rate). */
  sendRatePerSecond: 'SEND_RATE_PER_SECOND',
  /** Sign-in codes one client address may ask for in 15 minutes (twice as many tries); many may share one address. */
  signInCodesPerClient: 'SIGN_IN_CODES_PER_CLIENT',
  /** "true" lets agenda sources live on private and loopback addresses: local mode and tests only (SSRF guard). */
  sourcesAllowPrivateAddresses: 'SOURCES_ALLOW_PRIVATE_ADDRESSES',
  /** The secret CloudFront sends the API with each request; the API refuses requests without it. Unset locally. */
  originSecretArn: 'ORIGIN_SECRET_ARN',
  /** The poll-sources function's name, for the sources function, which hands it "Read now" (it has the readers). */
  pollSourcesFunction: 'POLL_SOURCES_FUNCTION',
  /** "on" gives new translation requests Amazon Translate's draft (the stack sets it; never locally). */
  machineTranslation: 'MACHINE_TRANSLATION',
} as const;

const optionalUrl = z.optional(z.url());

const configSchema = z.object({
  [ENV.stage]: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,19}$/, 'lower-case letters, digits and dashes')),
  [ENV.tableName]: z.string().check(z.minLength(3)),
  [ENV.publicBaseUrl]: z.pipe(
    z.url(),
    z.transform((url) => url.replace(/\/+$/, '')),
  ),
  [ENV.mailFrom]: z.string().check(z.minLength(3)),
  [ENV.sesConfigurationSet]: z.optional(z.string()),
  [ENV.dynamodbEndpoint]: optionalUrl,
  [ENV.sesEndpoint]: optionalUrl,
  [ENV.lambdaEndpoint]: optionalUrl,
  [ENV.region]: z.string().check(z.minLength(1)),
  [ENV.sessionSecret]: z.optional(
    z.string().check(z.regex(/^[0-9a-f]{64,}$/, 'at least 32 bytes, hex-encoded')),
  ),
  [ENV.sessionSecretArn]: z.optional(z.string().check(z.startsWith('arn:'))),
  [ENV.firstCoordinatorEmail]: z.optional(z.email().check(z.toLowerCase())),
  [ENV.sendRatePerSecond]: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(10_000)), 14),
  [ENV.signInCodesPerClient]: z._default(z.coerce.number().check(z.int(), z.gte(1)), 30),
  [ENV.sourcesAllowPrivateAddresses]: z._default(z.enum(['true', 'false']), 'false'),
  [ENV.originSecretArn]: z.optional(z.string().check(z.startsWith('arn:'))),
  [ENV.pollSourcesFunction]: z.optional(z.string().check(z.minLength(1))),
  [ENV.machineTranslation]: z._default(z.enum(['on', 'off']), 'off'),
});

export interface Config {
  stage: string;
  tableName: string;
  publicBaseUrl: string;
  mailFrom: string;
  sesConfigurationSet: string | undefined;
  /** Set only when running against local emulators. */
  dynamodbEndpoint: string | undefined;
  sesEndpoint: string | undefined;
  lambdaEndpoint: string | undefined;
  region: string;
  sessionSecret: string | undefined;
  sessionSecretArn: string | undefined;
  firstCoordinatorEmail: string | undefined;
  sendRatePerSecond: number;
  signInCodesPerClient: number;
  sourcesAllowPrivateAddresses: boolean;
  originSecretArn: string | undefined;
  /** Set only on the functions that invoke it. */
  pollSourcesFunction: string | undefined;
  /** Set only on the function that makes machine drafts, and only where the stage allows it. */
  machineTranslation: boolean;
}

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    stage: e[ENV.stage],
    tableName: e[ENV.tableName],
    publicBaseUrl: e[ENV.publicBaseUrl],
    mailFrom: e[ENV.mailFrom],
    sesConfigurationSet: e[ENV.sesConfigurationSet],
    dynamodbEndpoint: e[ENV.dynamodbEndpoint],
    sesEndpoint: e[ENV.sesEndpoint],
    lambdaEndpoint: e[ENV.lambdaEndpoint],
    region: e[ENV.region],
    sessionSecret: e[ENV.sessionSecret],
    sessionSecretArn: e[ENV.sessionSecretArn],
    firstCoordinatorEmail: e[ENV.firstCoordinatorEmail],
    sendRatePerSecond: e[ENV.sendRatePerSecond],
    signInCodesPerClient: e[ENV.signInCodesPerClient],
    sourcesAllowPrivateAddresses: e[ENV.sourcesAllowPrivateAddresses] === 'true',
    originSecretArn: e[ENV.originSecretArn],
    pollSourcesFunction: e[ENV.pollSourcesFunction],
    machineTranslation: e[ENV.machineTranslation] === 'on',
  };
}

let cached: Config | undefined;

/** The process's configuration, validated once (at cold start in Lambda). */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
