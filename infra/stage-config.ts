import { en } from 'zod/locales';
import * as z from 'zod/mini';

// zod/mini loads no locale by itself: English messages in the error below.
z.config(en());

/** The CDK context keys that shape a deployment (set in cdk.json or with `-c key=value`). */
export const stageConfigSchema = z
  .object({
    stage: z
      .string()
      .check(z.regex(/^[a-z][a-z0-9-]{0,19}$/, 'stage: lower-case letters, digits and dashes, at most 20')),
    /** The address alerts and deliveries come from; its identity is created in SES. */
    senderEmail: z.email(),
    /** Optional custom domain for the web app, with its ACM certificate (us-east-1) for CloudFront. */
    domainName: z.optional(z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/))),
    certificateArn: z.optional(z.string().check(z.startsWith('arn:aws:acm:us-east-1:'))),
    /** Where alarms are emailed; without it they are only visible in CloudWatch. */
    alarmEmail: z.optional(z.email()),
    /** This address becomes a coordinator when it signs in: how a new deployment gets its first one. */
    firstCoordinatorEmail: z.optional(z.email()),
    /** Alert emails per second at most: the account's SES maximum send rate (14 is SES's usual start). */
    sendRatePerSecond: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(10_000)), 14),
  })
  .check(
    z.refine((c) => Boolean(c.domainName) === Boolean(c.certificateArn), {
      message: 'domainName and certificateArn go together: CloudFront needs the certificate for the domain',
    }),
  );

export type StageConfig = z.output<typeof stageConfigSchema> & { production: boolean };

export function stageConfig(read: (key: string) => unknown): StageConfig {
  const keys = [
    'stage',
    'senderEmail',
    'domainName',
    'certificateArn',
    'alarmEmail',
    'firstCoordinatorEmail',
  ];
  const raw = Object.fromEntries(keys.map((key) => [key, read(key) === '' ? undefined : read(key)]));
  const parsed = stageConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'context'}: ${issue.message}`,
    );
    throw new Error(`Invalid CDK context: ${problems.join('; ')}`);
  }
  return {
    ...parsed.data,
    production: parsed.data.stage === 'prod' || parsed.data.stage.startsWith('prod-'),
  };
}
