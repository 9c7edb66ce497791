import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { type TransactItem, transact } from '#shared/store/transactions.ts';
import { matchKeys, type Subscription, subscription as subscriptionSchema } from './subscription.ts';

const subscriptionKey = (s: Pick<Subscription, 'organisationId' | 'id'>) => ({
  [KEY.pk]: `ORG#${s.organisationId}`,
  [KEY.sk]: `SUB#${s.id}`,
});

/**
 * The subscription and its match items, together: each match item carries what fan-out needs to
 * alert (address, language, frequency), so alerting a recipient costs no further read.
 */
export async function createSubscription(store: Store, s: Subscription): Promise<void> {
  const matches: TransactItem[] = matchKeys(s).map(({ partition, sort }) => ({
    Put: {
      TableName: '',
      Item: {
        [KEY.pk]: partition,
        [KEY.sk]: sort,
        entity: 'subscription-match',
        subscriptionId: s.id,
        organisationId: s.organisationId,
        email: s.email,
        language: s.language,
        frequency: s.frequency,
      },
    },
  }));
  await transact(store, [
    {
      Put: {
        TableName: '',
        Item: { ...subscriptionKey(s), entity: 'subscription', ...s },
        ConditionExpression: `attribute_not_exists(${KEY.pk})`,
      },
    },
    ...matches,
  ]);
}

export async function listSubscriptions(store: Store, organisationId: string): Promise<Subscription[]> {
  const items = await queryAll(store, { partition: `ORG#${organisationId}`, sortKeyPrefix: 'SUB#' });
  return items.map((item) => subscriptionSchema.parse(item));
}

export async function deleteSubscription(store: Store, s: Subscription): Promise<void> {
  await transact(store, [
    { Delete: { TableName: '', Key: subscriptionKey(s) } },
    ...matchKeys(s).map(({ partition, sort }) => ({
      Delete: { TableName: '', Key: { [KEY.pk]: partition, [KEY.sk]: sort } },
    })),
  ]);
}
