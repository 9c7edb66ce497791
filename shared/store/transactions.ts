import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Writes all items or none; fills in the table name, so item builders need not know it. */
export async function transact(store: Store, items: TransactItem[]): Promise<void> {
  const withTable = items.map((item) =>
    Object.fromEntries(
      Object.entries(item).map(([kind, op]) => [kind, { ...op, TableName: store.tableName }]),
    ),
  ) as TransactItem[];
  await store.db.send(new TransactWriteCommand({ TransactItems: withTable }));
}

/** A Put of an item with no condition, for transactions. */
export const putItem = (Item: Record<string, unknown>): TransactItem => ({ Put: { TableName: '', Item } });

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
