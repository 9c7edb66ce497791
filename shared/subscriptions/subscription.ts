import * as z from 'zod';
import { languageCodes } from '#shared/i18n/languages.ts';
import { normalisedName } from '#shared/membership/names.ts';
import { type Topic, topics } from '#shared/topics.ts';

export const frequencies = ['immediate', 'weekly'] as const;

/** DynamoDB writes the subscription and its match items in one transaction of at most 100 items. */
export const MAX_MATCH_ITEMS = 90;

const subscriptionFields = z.object({
  bodies: z.array(z.string().trim().min(1).max(64)).max(30).default([]),
  municipalities: z.array(z.string().trim().min(1).max(80)).max(30).default([]),
  /** No topics means every topic. */
  topics: z.array(z.enum(topics)).max(topics.length).default([]),
  language: z.enum(languageCodes),
  frequency: z.enum(frequencies),
});

const email = z.email().max(254).toLowerCase();

/** What every subscription must satisfy, whoever subscribes. */
const withSubscriptionRules = <
  S extends z.ZodType<{ bodies: string[]; municipalities: string[]; topics: string[] }>,
>(
  schema: S,
) =>
  schema
    .refine((s) => s.bodies.length + s.municipalities.length > 0, {
      message: 'Choose at least one body or municipality.',
      params: { code: 'placeNeeded' },
      path: ['bodies'],
    })
    .refine(
      (s) => (s.bodies.length + s.municipalities.length) * Math.max(1, s.topics.length) <= MAX_MATCH_ITEMS,
      {
        message: `Too many combinations: bodies and municipalities times topics may be at most ${MAX_MATCH_ITEMS}. Split it into two subscriptions.`,
        params: { code: 'tooManyCombinations', max: MAX_MATCH_ITEMS },
        path: ['topics'],
      },
    );

/** A member organisation's subscription. */
export const subscriptionInput = withSubscriptionRules(
  subscriptionFields.extend({
    /** Where the alerts go; a representative's own address when not given. */
    email: email.optional(),
  }),
);
export type SubscriptionInput = z.output<typeof subscriptionInput>;

/** Anyone outside the network: a person, or an association that is not a member. */
export const publicSubscriptionInput = withSubscriptionRules(subscriptionFields.extend({ email }));

export const subscription = z.object({
  id: z.string(),
  /** The member organisation that subscribed; none for a subscriber outside the network. */
  organisationId: z.string().optional(),
  bodies: z.array(z.string()),
  municipalities: z.array(z.string()),
  topics: z.array(z.enum(topics)),
  language: z.enum(languageCodes),
  frequency: z.enum(frequencies),
  email: z.string(),
  createdAt: z.string(),
});
export type Subscription = z.output<typeof subscription>;

const ANY_TOPIC = '*';
const bodyTarget = (bodyId: string) => `MATCH#body#${bodyId}`;
const municipalityTarget = (municipality: string) => `MATCH#municipality#${normalisedName(municipality)}`;

/** The (partition, sort key) pairs under which fan-out will find this subscription. */
export function matchKeys(
  s: Pick<Subscription, 'id' | 'bodies' | 'municipalities' | 'topics'>,
): { partition: string; sort: string }[] {
  const partitions = [...s.bodies.map(bodyTarget), ...s.municipalities.map(municipalityTarget)];
  const topicKeys: string[] = s.topics.length > 0 ? s.topics : [ANY_TOPIC];
  return partitions.flatMap((partition) =>
    topicKeys.map((topic) => ({ partition, sort: `${topic}#${s.id}` })),
  );
}

/** Where fan-out looks for a consultation's subscribers: its body and municipality, its topics or any. */
export function consultationTargets(c: { bodyId: string; municipality: string; topics: Topic[] }) {
  return {
    partitions: [bodyTarget(c.bodyId), municipalityTarget(c.municipality)],
    sortKeyPrefixes: [...c.topics.map((topic) => `${topic}#`), `${ANY_TOPIC}#`],
  };
}
