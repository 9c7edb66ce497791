import { en } from 'zod/locales';
import * as z from 'zod/mini';

// zod/mini loads no locale by itself: English messages in the error below.
z.config(en());

const domainName = z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a lower-case domain name'));

/** The CDK context keys that shape a deployment (set in cdk.json or with `-c key=value`). */
export const stageConfigSchema = z
  .object({
    stage: z
      .string()
      .check(z.regex(/^[a-z][a-z0-9-]{0,19}$/, 'stage: lower-case letters, digits and dashes, at most 20')),
    /** The address alerts and deliveries come from; without mailDomain, its own identity is created in SES. */
    senderEmail: z.email(),
    /**
     * The sender's domain, verified in SES as a domain identity with Easy DKIM and a custom MAIL FROM
     * domain, so mail is signed for the From domain (what DMARC checks). Without it the single
     * address identity is used: enough for a first test stage.
     */
    mailDomain: z.optional(domainName),
    /** The MAIL FROM (bounce) domain, a subdomain of mailDomain; by default `bounce.<mailDomain>`. */
    mailFromDomain: z.optional(domainName),
    /** The Route 53 public hosted zone of mailDomain: given, the DKIM and MAIL FROM records are created in it. */
    hostedZoneId: z.optional(
      z.string().check(z.regex(/^Z[A-Z0-9]{1,31}$/, 'a Route 53 hosted zone id (Z…)')),
    ),
    hostedZoneName: z.optional(domainName),
    /** Optional custom domain for the web app, with its ACM certificate (us-east-1) for CloudFront. */
    domainName: z.optional(domainName),
    certificateArn: z.optional(z.string().check(z.startsWith('arn:aws:acm:us-east-1:'))),
    /** Where alarms are emailed; without it they are only visible in CloudWatch. */
    alarmEmail: z.optional(z.email()),
    /** This address becomes a coordinator when it signs in: how a new deployment gets its first one. */
    firstCoordinatorEmail: z.optional(z.email()),
    /** Alert emails per second at most: the account's SES maximum send rate (14 is SES's usual start). */
    sendRatePerSecond: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(10_000)), 14),
    /** The API's steady request rate per second for the whole stage, and the burst above it (API Gateway throttling). */
    apiRateLimit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(10_000)), 100),
    apiBurstLimit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(5_000)), 200),
    /**
     * `off` makes no machine drafts: the function the catalog marks `translates` gets neither
     * translate:TranslateText nor the variable that turns Amazon Translate on, and translation
     * requests start empty, as locally (a region without Amazon Translate, or a network that
     * wants only its translators' texts). Default `on`.
     */
    machineTranslation: z._default(z.enum(['on', 'off']), 'on'),
  })
  .check(
    z.refine((c) => Boolean(c.domainName) === Boolean(c.certificateArn), {
      message: 'domainName and certificateArn go together: CloudFront needs the certificate for the domain',
    }),
    z.refine((c) => !c.mailDomain || c.senderEmail.toLowerCase().endsWith(`@${c.mailDomain}`), {
      message: 'senderEmail must be an address at mailDomain, the domain whose identity signs the mail',
      path: ['senderEmail'],
    }),
    z.refine((c) => !c.mailFromDomain || (c.mailDomain && c.mailFromDomain.endsWith(`.${c.mailDomain}`)), {
      message: 'mailFromDomain must be a subdomain of mailDomain',
      path: ['mailFromDomain'],
    }),
    z.refine((c) => Boolean(c.hostedZoneId) === Boolean(c.hostedZoneName), {
      message: 'hostedZoneId and hostedZoneName go together: the records are named in the zone',
      path: ['hostedZoneName'],
    }),
    z.refine(
      (c) =>
        !c.hostedZoneName ||
        c.mailDomain === c.hostedZoneName ||
        Boolean(c.mailDomain?.endsWith(`.${c.hostedZoneName}`)),
      {
        message: 'hostedZoneName must be the zone of mailDomain: the same name, or a parent domain of it',
        path: ['hostedZoneName'],
      },
    ),
  );

export type StageConfig = z.output<typeof stageConfigSchema> & { production: boolean };

export function stageConfig(read: (key: string) => unknown): StageConfig {
  // Every key of the schema is read, so a key cannot be documented and declared yet never read.
  const keys = Object.keys(stageConfigSchema.shape);
  const raw = Object.fromEntries(keys.map((key) => [key, read(key) === '' ? undefined : read(key)]));
  const parsed = stageConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'context'}: ${issue.message}`,
    );
    throw new Error(`Invalid CDK context: ${problems.join('; ')}`);
  }
  const { mailDomain, mailFromDomain } = parsed.data;
  return {
    ...parsed.data,
    mailFromDomain: mailDomain ? (mailFromDomain ?? `bounce.${mailDomain}`) : undefined,
    production: parsed.data.stage === 'prod' || parsed.data.stage.startsWith('prod-'),
  };
}
