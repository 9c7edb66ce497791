import * as z from 'zod/mini';
import { languageCodes } from '#shared/i18n/languages.ts';
import { normalisedName } from '#shared/membership/names.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { type Topic, topics } from '#shared/topics.ts';
import { MAX_WAIT_HOURS } from '#shared/translations/facts.ts';

export const frequencies = ['immediate', 'weekly'] as const;

/** DynamoDB writes the subscription and its match items in one transaction of at most 100 items. */
export const MAX_MATCH_ITEMS = 90;

const subscriptionFields = z.object({
  bodies: z._default(
    z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))).check(z.maxLength(30)),
    [],
  ),
  municipalities: z._default(
    z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))).check(z.maxLength(30)),
    [],
  ),
  /** No topics means every topic. */
  topics: z._default(z.array(z.enum(topics)).check(z.maxLength(topics.length)), []),
  language: z.enum(languageCodes),
  frequency: z.enum(frequencies),
  /**
   * Wait this many hours for a reviewed translation into the language before sending the original;
   * none (as every subscription stored before the choice existed) sends the original at once.
   */
  waitHours: z.optional(z.int().check(z.gte(1), z.lte(MAX_WAIT_HOURS))),
});

const email = z.email().check(z.maxLength(254), z.toLowerCase());

/** What every subscription must satisfy, whoever subscribes. */
const withSubscriptionRules = <
  S extends z.ZodMiniType<{
    bodies: string[];
    municipalities: string[];
    topics: string[];
    frequency: string;
    waitHours?: number;
  }>,
>(
  schema: S,
) =>
  schema.check(
    // A weekly digest comes days later anyway, with whatever translation there is by then.
    z.refine((s) => s.waitHours === undefined || s.frequency === 'immediate', {
      message: 'Only a subscription sent immediately can wait for its language.',
      params: { code: 'waitNeedsImmediate' },
      path: ['waitHours'],
    }),
    z.refine((s) => s.bodies.length + s.municipalities.length > 0, {
      message: 'Choose at least one body or municipality.',
      params: { code: 'placeNeeded' },
      path: ['bodies'],
    }),
    z.refine(
      (s) => (s.bodies.length + s.municipalities.length) * Math.max(1, s.topics.length) <= MAX_MATCH_ITEMS,
      {
        message: `Too many combinations: bodies and municipalities times topics may be at most ${MAX_MATCH_ITEMS}. Split it into two subscriptions.`,
        params: { code: 'tooManyCombinations', max: MAX_MATCH_ITEMS },
        path: ['topics'],
      },
    ),
  );

/** A member organisation's subscription. */
export const subscriptionInput = withSubscriptionRules(
  z.extend(subscriptionFields, {
    /** Where the alerts go; a representative's own address when not given. */
    email: z.optional(email),
  }),
);
export type SubscriptionInput = z.output<typeof subscriptionInput>;

/** Anyone outside the network: a person, or an association that is not a member. */
export const publicSubscriptionInput = withSubscriptionRules(z.extend(subscriptionFields, { email }));

export const subscription = z.object({
  id: z.string(),
  /** The member organisation that subscribed; none for a subscriber outside the network. */
  organisationId: z.optional(z.string()),
  bodies: z.array(z.string()),
  municipalities: z.array(z.string()),
  topics: z.array(z.enum(topics)),
  language: z.enum(languageCodes),
  frequency: z.enum(frequencies),
  /** See `subscriptionFields`: none sends the original at once. */
  waitHours: z.optional(z.int()),
  email: z.string(),
  createdAt: z.string(),
});
export type Subscription = z.output<typeof subscription>;
/** How a stored subscription is read: its shape without today's input rules. */
export const storedSubscription = stored(subscription);

/** At most this many per organisation, confirmed or waiting: each is mail the network sends. */
export const MAX_SUBSCRIPTIONS_PER_ORGANISATION = 20;

/** An organisation's subscription, and whether its address has confirmed it yet (none is sent before). */
export const organisationSubscription = z.extend(subscription, { status: z.enum(['active', 'pending']) });
export type OrganisationSubscription = z.output<typeof organisationSubscription>;

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
