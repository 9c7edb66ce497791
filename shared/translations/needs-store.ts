import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import type { TransactItem } from '#shared/store/transactions.ts';
import { languageNeedsKey, subscriptionsIn } from './translation-keys.ts';

/**
 * The languages the network's readers need: those of active subscriptions (their running count)
 * and of member organisations (their directory), in a stable order.
 */
export async function neededLanguages(store: Store): Promise<string[]> {
  const [needs, members] = await Promise.all([
    store.db.send(new GetCommand({ TableName: store.tableName, Key: languageNeedsKey })),
    queryAll(store, { index: 'gsi1', partition: 'ORGS#member' }),
  ]);
  const prefix = subscriptionsIn('');
  const subscribed = Object.entries(needs.Item ?? {})
    .filter(([name, count]) => name.startsWith(prefix) && Number(count) > 0)
    .map(([name]) => name.slice(prefix.length));
  const spoken = members.flatMap((org) => (Array.isArray(org.languages) ? org.languages.map(String) : []));
  return [...new Set([...subscribed, ...spoken])].sort();
}

/** The change of the subscriptions' count in a language, for the transaction that adds (1) or ends (-1) one. */
export const subscriptionLanguageChange = (language: string, by: 1 | -1): TransactItem => ({
  Update: {
    TableName: '',
    Key: languageNeedsKey,
    UpdateExpression: 'SET entity = :entity ADD #count :by',
    ExpressionAttributeNames: { '#count': subscriptionsIn(language) },
    ExpressionAttributeValues: { ':entity': 'language-needs', ':by': by },
  },
});
