import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { organisationPartition } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, putNew, type TransactItem, transact } from '#shared/store/transactions.ts';
import { subscriptionLanguageChange } from '#shared/translations/needs-store.ts';
import { matchKeys, type Subscription, storedSubscription } from './subscription.ts';

/** A member organisation's subscriptions live with it; a subscriber outside the network has its own partition. */
const ownerPartition = (s: Pick<Subscription, 'organisationId' | 'id'>) =>
  s.organisationId ? organisationPartition(s.organisationId) : `SUBSCRIBER#${s.id}`;

const SUBSCRIPTION = 'SUB#';
/** Where a subscription lives; what an alert written for it checks is still there before it is sent. */
export const subscriptionKey = (s: Pick<Subscription, 'organisationId' | 'id'>) => ({
  [KEY.pk]: ownerPartition(s),
  [KEY.sk]: `${SUBSCRIPTION}${s.id}`,
});

const pendingKey = (id: string) => ({ [KEY.pk]: `SUBSCRIBER#${id}`, [KEY.sk]: 'PENDING' });

/** An organisation's subscriptions still waiting for their address, newest last. */
const pendingOfOrganisation = (organisationId: string) =>
  `${organisationPartition(organisationId)}#PENDING-SUBS`;

/** An unconfirmed subscription is forgotten after a week. */
export const CONFIRM_WITHIN_DAYS = 7;

/**
 * The subscription and its match items, written together: each match item carries what fan-out needs
 * to alert (address, language, frequency, how long it waits for its language), so alerting a
 * recipient costs no further read. The language's count of active subscriptions moves with them.
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
      waitHours: s.waitHours,
    }),
  );
  return [
    putNew('subscription', { ...subscriptionKey(s), entity: 'subscription', ...s }),
    ...matches,
    subscriptionLanguageChange(s.language, 1),
  ];
}

export async function createSubscription(store: Store, s: Subscription): Promise<void> {
  await transact(store, subscriptionItems(s));
}

export async function listSubscriptions(store: Store, organisationId: string): Promise<Subscription[]> {
  const items = await queryAll(store, {
    partition: organisationPartition(organisationId),
    sortKeyPrefix: SUBSCRIPTION,
  });
  return items.map((item) => storedSubscription.parse(item));
}

async function getItem(store: Store, key: Record<string, string>) {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.tableName, Key: key }));
  return Item;
}

async function getSubscription(store: Store, owned: Pick<Subscription, 'organisationId' | 'id'>) {
  const item = await getItem(store, subscriptionKey(owned));
  return item ? storedSubscription.parse(item) : undefined;
}

/** The confirmed subscription of someone outside the network. */
export const getPublicSubscription = (store: Store, id: string) => getSubscription(store, { id });

const isExpired = (item: Record<string, unknown>, now: Date) =>
  Number(item[KEY.expiresAt]) * 1000 <= now.getTime();

/** An organisation's subscriptions whose address has not confirmed yet (and has not expired). */
export async function listPendingSubscriptions(
  store: Store,
  organisationId: string,
  now: Date,
): Promise<Subscription[]> {
  const items = await queryAll(store, { index: 'gsi1', partition: pendingOfOrganisation(organisationId) });
  return items.filter((item) => !isExpired(item, now)).map((item) => storedSubscription.parse(item));
}

/** Withdraws a subscription before its address confirmed it: the link then confirms nothing. */
export async function deletePendingSubscription(store: Store, id: string): Promise<void> {
  await transact(store, [{ Delete: { TableName: '', Key: pendingKey(id) } }]);
}

/** Ends an active subscription; one ended already (two unsubscribe clicks at once) is left as it is. */
export async function deleteSubscription(store: Store, s: Subscription): Promise<void> {
  try {
    await transact(store, [
      {
        name: 'subscription',
        Delete: {
          TableName: '',
          Key: subscriptionKey(s),
          ConditionExpression: `attribute_exists(${KEY.pk})`,
        },
      },
      ...matchKeys(s).map(({ partition, sort }) => ({
        Delete: { TableName: '', Key: { [KEY.pk]: partition, [KEY.sk]: sort } },
      })),
      subscriptionLanguageChange(s.language, -1),
    ]);
  } catch (error) {
    if (!failedNames(error).has('subscription')) throw error;
  }
}

/**
 * A subscription waiting for its address to be confirmed, written with the notice that asks for the
 * confirmation: nothing matches it until then, and it expires unconfirmed. An organisation's is
 * also listed with the organisation until then.
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
      ...(s.organisationId
        ? { [KEY.gsi1pk]: pendingOfOrganisation(s.organisationId), [KEY.gsi1sk]: `${s.createdAt}#${s.id}` }
        : {}),
      ...s,
      [KEY.expiresAt]: Math.floor(now.getTime() / 1000) + CONFIRM_WITHIN_DAYS * 86_400,
    }),
    putItem(confirmationNotice),
  ]);
}

/**
 * Confirms a pending subscription: it becomes active with its match items in one transaction. The
 * pending item stays, marked confirmed, until it expires: it says where the subscription lives, so
 * confirming again returns it. An expired or unknown one is undefined.
 */
export async function confirmSubscription(
  store: Store,
  id: string,
  now: Date,
): Promise<Subscription | undefined> {
  const pending = await getItem(store, pendingKey(id));
  if (!pending) return getPublicSubscription(store, id);
  const confirmed = storedSubscription.parse(pending);
  // DynamoDB removes expired items within days, not at once: an expired one is treated as gone.
  if (pending.confirmedAt !== undefined || isExpired(pending, now)) return getSubscription(store, confirmed);
  try {
    await transact(store, [
      {
        name: 'pending',
        Update: {
          TableName: '',
          Key: pendingKey(id),
          UpdateExpression: 'SET confirmedAt = :now REMOVE #gsi1pk, #gsi1sk',
          ConditionExpression: `attribute_exists(${KEY.pk}) AND attribute_not_exists(confirmedAt)`,
          ExpressionAttributeNames: { '#gsi1pk': KEY.gsi1pk, '#gsi1sk': KEY.gsi1sk },
          ExpressionAttributeValues: { ':now': now.toISOString() },
        },
      },
      ...subscriptionItems(confirmed),
    ]);
  } catch (error) {
    // Confirmed at the same moment by another click (or withdrawn): nothing more to do.
    if (failedNames(error).size === 0) throw error;
  }
  return getSubscription(store, confirmed);
}
