import { randomUUID } from 'node:crypto';
import { TransactionCanceledException, TransactionInProgressException } from '@aws-sdk/client-dynamodb';
import { PutCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.ts';
import { KEY } from './table.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const isConflict = (error: unknown) =>
  error instanceof TransactionCanceledException &&
  (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict');

/**
 * Writes all items or none; fills in the table name, so item builders need not know it. DynamoDB
 * cancels a transaction that meets another on the same item (many signatures on one statement,
 * many senders on one tally); a cancelled one wrote nothing, so it is tried again after a short,
 * random pause, its conditions checked anew.
 *
 * Each try carries an idempotency token (ClientRequestToken), and the SDK's retries of one send
 * resend the same request: a write that succeeded but whose answer was lost is acknowledged again,
 * not refused by its own conditions (a `putNew` would report its item as taken). A retry that
 * arrives while DynamoDB still works on the first (TransactionInProgressException) is asked again
 * under the same token, instead of failing a write that is about to succeed and being retried by the
 * caller as a new one. A cancelled try wrote nothing and gets a new token. The token is random, not
 * derived from the items: two equal writes asked for on purpose (an ADD to a counter) are two.
 */
export async function transact(store: Store, items: TransactItem[]): Promise<void> {
  const withTable = items.map((item) =>
    Object.fromEntries(
      Object.entries(item).map(([kind, op]) => [kind, { ...op, TableName: store.tableName }]),
    ),
  ) as TransactItem[];
  let token = randomUUID();
  for (let attempt = 1; ; attempt += 1) {
    try {
      await store.db.send(new TransactWriteCommand({ TransactItems: withTable, ClientRequestToken: token }));
      return;
    } catch (error) {
      const inProgress = error instanceof TransactionInProgressException;
      if (!(inProgress || isConflict(error)) || attempt >= 8) throw error;
      if (!inProgress) token = randomUUID();
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));
    }
  }
}

/** A Put of an item with no condition, for transactions. */
export const putItem = (Item: Record<string, unknown>): TransactItem => ({ Put: { TableName: '', Item } });

const isNew = `attribute_not_exists(${KEY.pk})`;

/** A Put that creates, for transactions: it holds only if no item has the key yet. */
export const putNew = (Item: Record<string, unknown>): TransactItem => ({
  Put: { TableName: '', Item, ConditionExpression: isNew },
});

/** The same on its own: one conditional Put, half the writes of a one-item transaction. */
export async function createItem(store: Store, Item: Record<string, unknown>): Promise<void> {
  await store.db.send(new PutCommand({ TableName: store.tableName, Item, ConditionExpression: isNew }));
}

/**
 * Which items of a cancelled transaction failed their condition, by position; an empty list means
 * the transaction failed for another reason (a conflict, a throttle) and should be rethrown.
 */
export function failedConditions(error: unknown): number[] {
  if (!(error instanceof TransactionCanceledException)) return [];
  return (error.CancellationReasons ?? []).flatMap((reason, index) =>
    reason.Code === 'ConditionalCheckFailed' ? [index] : [],
  );
}
