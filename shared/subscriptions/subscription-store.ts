import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedConditions, putItem, type TransactItem, transact } from '#shared/store/transactions.ts';
import { matchKeys, type Subscription, storedSubscription } from './subscription.ts';

/** A member organisation's subscriptions live with it; a subscriber outside the network has its own partition. */
const ownerPartition = (s: Pick<Subscription, 'organisationId' | 'id'>) =>
  s.organisationId ? `ORG#${s.organisationId}` : `SUBSCRIBER#${s.id}`;

const subscriptionKey = (s: Pick<Subscription, 'organisationId' | 'id'>) => ({
  [KEY.pk]: ownerPartition(s),
  [KEY.sk]: `SUB#${s.id}`,
});

const pendingKey = (id: string) => ({ [KEY.pk]: `SUBSCRIBER#${id}`, [KEY.sk]: 'PENDING' });

/** An unconfirmed subscription is forgotten after a week. */
export const CONFIRM_WITHIN_DAYS = 7;

/**
 * The subscription and its match items, written together: each match item carries what fan-out needs
 * to alert (address, language, frequency), so alerting a recipient costs no further read.
 */
function subscriptionItems(s: Subscription): TransactItem[] {
  const matches: TransactItem[] = matchKeys(s).map(({ partition, sort }) =>
    putItem({
      [KEY.pk]: partition,
      [KEY.sk]: sort,
      entity: 'subscription-match',
      subscriptionId: s.id,
      organisationId: s.organisationId,
      email: s.email,
      language: s.language,
      frequency: s.frequency,
    }),
  );
  return [
    {
      Put: {
        TableName: '',
        Item: { ...subscriptionKey(s), entity: 'subscription', ...s },
        ConditionExpression: `attribute_not_exists(${KEY.pk})`,
      },
    },
    ...matches,
  ];
}

export async function createSubscription(store: Store, s: Subscription): Promise<void> {
  await transact(store, subscriptionItems(s));
}

export async function listSubscriptions(store: Store, organisationId: string): Promise<Subscription[]> {
  const items = await queryAll(store, { partition: `ORG#${organisationId}`, sortKeyPrefix: 'SUB#' });
  return items.map((item) => storedSubscription.parse(item));
}

async function getItem(store: Store, key: Record<string, string>) {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.tableName, Key: key }));
  return Item;
}

/** The confirmed subscription of someone outside the network. */
export async function getPublicSubscription(store: Store, id: string): Promise<Subscription | undefined> {
  const item = await getItem(store, subscriptionKey({ id }));
  return item ? storedSubscription.parse(item) : undefined;
}

export async function deleteSubscription(store: Store, s: Subscription): Promise<void> {
  await transact(store, [
    { Delete: { TableName: '', Key: subscriptionKey(s) } },
    ...matchKeys(s).map(({ partition, sort }) => ({
      Delete: { TableName: '', Key: { [KEY.pk]: partition, [KEY.sk]: sort } },
    })),
  ]);
}

/**
 * A subscription waiting for its address to be confirmed, written with the notice that asks for the
 * confirmation: nothing matches it until then, and it expires unconfirmed.
 */
export async function addPendingSubscription(
  store: Store,
  s: Subscription,
  confirmationNotice: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await transact(store, [
    putItem({
      ...pendingKey(s.id),
      entity: 'pending-subscription',
      ...s,
      [KEY.expiresAt]: Math.floor(now.getTime() / 1000) + CONFIRM_WITHIN_DAYS * 86_400,
    }),
    putItem(confirmationNotice),
  ]);
}

/**
 * Confirms a pending subscription: it becomes active with its match items in one transaction.
 * Confirming again returns the active subscription; an expired or unknown one is undefined.
 */
export async function confirmSubscription(
  store: Store,
  id: string,
  now: Date,
): Promise<Subscription | undefined> {
  const pending = await getItem(store, pendingKey(id));
  // DynamoDB removes expired items within days, not at once: an expired one is treated as gone.
  if (!pending || Number(pending[KEY.expiresAt]) * 1000 <= now.getTime())
    return getPublicSubscription(store, id);
  const confirmed = storedSubscription.parse(pending);
  try {
    await transact(store, [
      {
        Delete: {
          TableName: '',
          Key: pendingKey(id),
          ConditionExpression: `attribute_exists(${KEY.pk})`,
        },
      },
      ...subscriptionItems(confirmed),
    ]);
  } catch (error) {
    // Confirmed at the same moment by another click: the subscription exists.
    if (failedConditions(error).length === 0) throw error;
  }
  return getPublicSubscription(store, id);
}
