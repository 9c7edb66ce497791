import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
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
 */
export async function transact(store: Store, items: TransactItem[]): Promise<void> {
  const withTable = items.map((item) =>
    Object.fromEntries(
      Object.entries(item).map(([kind, op]) => [kind, { ...op, TableName: store.tableName }]),
    ),
  ) as TransactItem[];
  for (let attempt = 1; ; attempt += 1) {
    try {
      await store.db.send(new TransactWriteCommand({ TransactItems: withTable }));
      return;
    } catch (error) {
      if (!isConflict(error) || attempt >= 8) throw error;
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
