import { randomUUID } from 'node:crypto';
import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
  TransactionInProgressException,
} from '@aws-sdk/client-dynamodb';
import { PutCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.ts';
import { KEY } from './table.ts';

type SdkTransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** The most items DynamoDB takes in one transaction. */
export const MAX_TRANSACTION_ITEMS = 100;

/**
 * One item of a transaction. An item with a condition carries a name, so a cancelled transaction
 * says which conditions failed (`signature`, `member`), not where they stood in the list.
 */
export type TransactItem = SdkTransactItem & { name?: string };

/** A transaction DynamoDB cancelled because conditions failed; `failed` names them. */
export class ConditionsFailed extends Error {
  constructor(
    readonly failed: ReadonlySet<string>,
    cause: unknown,
  ) {
    super(`Transaction cancelled: condition ${[...failed].join(', ')} failed`, { cause });
    this.name = 'ConditionsFailed';
  }
}

/**
 * The names of the conditions that cancelled a transaction; empty when it failed for another
 * reason (a conflict, a throttle), which the caller should rethrow.
 */
export const failedNames = (error: unknown): ReadonlySet<string> =>
  error instanceof ConditionsFailed ? error.failed : new Set();

const conditional = (item: SdkTransactItem) =>
  Boolean(
    item.ConditionCheck ||
      item.Put?.ConditionExpression ||
      item.Update?.ConditionExpression ||
      item.Delete?.ConditionExpression,
  );

/** The cancellation as named failed conditions, or the error itself if no condition failed. */
function named(error: unknown, items: TransactItem[]): unknown {
  if (!(error instanceof TransactionCanceledException)) return error;
  const failed = new Set(
    (error.CancellationReasons ?? []).flatMap((reason, index) => {
      const name = items[index]?.name;
      return reason.Code === 'ConditionalCheckFailed' && name ? [name] : [];
    }),
  );
  return failed.size > 0 ? new ConditionsFailed(failed, error) : error;
}

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
 *
 * Refused by conditions, it throws `ConditionsFailed` naming them (read with `failedNames`). Every
 * conditional item must have a name: one without is a mistake in the code, refused before sending.
 */
export async function transact(store: Store, items: TransactItem[]): Promise<void> {
  const unnamed = items.findIndex((item) => conditional(item) && !item.name);
  if (unnamed >= 0) throw new Error(`Transaction item ${unnamed} has a condition but no name`);
  const withTable = items.map(({ name: _, ...item }) =>
    Object.fromEntries(
      Object.entries(item).map(([kind, op]) => [kind, { ...op, TableName: store.tableName }]),
    ),
  ) as SdkTransactItem[];
  let token = randomUUID();
  for (let attempt = 1; ; attempt += 1) {
    try {
      await store.db.send(new TransactWriteCommand({ TransactItems: withTable, ClientRequestToken: token }));
      return;
    } catch (error) {
      const inProgress = error instanceof TransactionInProgressException;
      if (!(inProgress || isConflict(error)) || attempt >= 8) throw named(error, items);
      if (!inProgress) token = randomUUID();
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));
    }
  }
}

/** A Put of an item with no condition, for transactions. */
export const putItem = (Item: Record<string, unknown>): TransactItem => ({ Put: { TableName: '', Item } });

const isNew = `attribute_not_exists(${KEY.pk})`;

/** A Put that creates, for transactions: it holds only if no item has the key yet; `name` says which. */
export const putNew = (name: string, Item: Record<string, unknown>): TransactItem => ({
  name,
  Put: { TableName: '', Item, ConditionExpression: isNew },
});

/** The same on its own: one conditional Put, half the writes of a one-item transaction. */
export async function createItem(store: Store, Item: Record<string, unknown>): Promise<void> {
  await store.db.send(new PutCommand({ TableName: store.tableName, Item, ConditionExpression: isNew }));
}

/** The same, answering false (and writing nothing) when an item with the key exists already. */
export async function createOnce(store: Store, Item: Record<string, unknown>): Promise<boolean> {
  try {
    await createItem(store, Item);
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
