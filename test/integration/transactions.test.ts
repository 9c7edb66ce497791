import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { config } from '#shared/config.ts';
import { createDocumentClient, type Store } from '#shared/store/client.ts';
import { ConditionsFailed, failedNames, putItem, putNew, transact } from '#shared/store/transactions.ts';

const tableName = () => config().tableName;

/**
 * A client whose first transaction reaches DynamoDB and is written, but whose answer is lost on
 * the way back (a connection reset): the SDK's own retry sends the same request again.
 */
function clientLosingFirstAnswer() {
  const db = createDocumentClient(config());
  let lost = 0;
  db.middlewareStack.add(
    (next) => async (args) => {
      const answer = await next(args);
      if (lost > 0) return answer;
      lost += 1;
      throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' });
    },
    // Inside the retry middleware (finalizeRequest, high priority), so each try passes through.
    { step: 'finalizeRequest', priority: 'low', name: 'loseFirstAnswer' },
  );
  return { db, lost: () => lost };
}

const newItem = () => ({ pk: `TEST#${randomUUID()}`, sk: 'TOKEN', entity: 'test' });

/** A client whose first `conflicts` transactions are cancelled as meeting another (real DynamoDB's answer). */
function clientConflicting(conflicts: number) {
  const db = createDocumentClient(config());
  let left = conflicts;
  db.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'TransactWriteItemsCommand' || left === 0) return next(args);
      left -= 1;
      const items = (args.input as { TransactItems: unknown[] }).TransactItems;
      throw new TransactionCanceledException({
        message: 'Transaction cancelled',
        $metadata: {},
        CancellationReasons: items.map((_, i) => ({ Code: i === 0 ? 'TransactionConflict' : 'None' })),
      });
    },
    { step: 'initialize', name: 'conflict' },
  );
  return db;
}

async function cancellation(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('The transaction was not cancelled');
}

describe('transactions against DynamoDB Local', () => {
  it('accepts the same transaction twice under one token, and refuses it without one', async () => {
    const db = createDocumentClient(config());
    const item = newItem();
    const input = {
      TransactItems: [{ Put: { ...putNew('token', item).Put, TableName: tableName(), Item: item } }],
      ClientRequestToken: randomUUID(),
    };
    await db.send(new TransactWriteCommand(input));
    await expect(db.send(new TransactWriteCommand(input))).resolves.toBeDefined();
    // The same write under no token is a new one, and the item is there already.
    const { ClientRequestToken: _, ...untokened } = input;
    await expect(db.send(new TransactWriteCommand(untokened))).rejects.toThrow(TransactionCanceledException);
  });

  it('reports a write whose answer was lost and that the SDK sent again as done, not as a failed condition', async () => {
    const { db, lost } = clientLosingFirstAnswer();
    const store: Store = { db, tableName: tableName() };
    const item = newItem();
    await transact(store, [putNew('token', item)]);
    expect(lost()).toBe(1);
    const stored = await db.send(
      new GetCommand({ TableName: tableName(), Key: { pk: item.pk, sk: item.sk } }),
    );
    expect(stored.Item).toEqual(item);
  });

  it('names the condition that failed, and writes nothing', async () => {
    const store: Store = { db: createDocumentClient(config()), tableName: tableName() };
    const [taken, fresh] = [newItem(), newItem()];
    await store.db.send(new PutCommand({ TableName: tableName(), Item: taken }));
    const error = await cancellation(transact(store, [putItem(fresh), putNew('taken', taken)]));
    expect(error).toBeInstanceOf(ConditionsFailed);
    expect(failedNames(error)).toEqual(new Set(['taken']));
    const { Item } = await store.db.send(
      new GetCommand({ TableName: tableName(), Key: { pk: fresh.pk, sk: fresh.sk } }),
    );
    expect(Item).toBeUndefined();
  });

  it('names every condition that failed, and none that held', async () => {
    const store: Store = { db: createDocumentClient(config()), tableName: tableName() };
    const [first, second, third] = [newItem(), newItem(), newItem()];
    for (const item of [first, third])
      await store.db.send(new PutCommand({ TableName: tableName(), Item: item }));
    const error = await cancellation(
      transact(store, [putNew('first', first), putNew('second', second), putNew('third', third)]),
    );
    expect(failedNames(error)).toEqual(new Set(['first', 'third']));
  });

  it('does not take transactions meeting on one item for failed conditions', async () => {
    const store: Store = { db: createDocumentClient(config()), tableName: tableName() };
    const counter = newItem();
    await store.db.send(new PutCommand({ TableName: tableName(), Item: { ...counter, count: 0 } }));
    const add = () =>
      transact(store, [
        {
          name: 'counter',
          Update: {
            TableName: '',
            Key: { pk: counter.pk, sk: counter.sk },
            UpdateExpression: 'ADD #count :one',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#count': 'count' },
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
      ]);
    await Promise.all(Array.from({ length: 10 }, add));
    const { Item } = await store.db.send(
      new GetCommand({
        TableName: tableName(),
        Key: { pk: counter.pk, sk: counter.sk },
        ConsistentRead: true,
      }),
    );
    expect(Item?.count).toBe(10);

    // DynamoDB Local queues such transactions; DynamoDB cancels them as conflicts, which are tried again.
    const retried: Store = { db: clientConflicting(2), tableName: tableName() };
    const item = newItem();
    await transact(retried, [putNew('item', item)]);
    const stored = await retried.db.send(
      new GetCommand({ TableName: tableName(), Key: { pk: item.pk, sk: item.sk } }),
    );
    expect(stored.Item).toEqual(item);

    // A conflict that never clears is rethrown as it is: no condition failed.
    const busy: Store = { db: clientConflicting(100), tableName: tableName() };
    const error = await cancellation(transact(busy, [putNew('item', newItem())]));
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect(failedNames(error).size).toBe(0);
  }, 20_000);
});
