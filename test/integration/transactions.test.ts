import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { config } from '#shared/config.ts';
import { createDocumentClient, type Store } from '#shared/store/client.ts';
import { putNew, transact } from '#shared/store/transactions.ts';

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

describe('transactions against DynamoDB Local', () => {
  it('accepts the same transaction twice under one token, and refuses it without one', async () => {
    const db = createDocumentClient(config());
    const item = newItem();
    const input = {
      TransactItems: [{ Put: { ...putNew(item).Put, TableName: tableName(), Item: item } }],
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
    await transact(store, [putNew(item)]);
    expect(lost()).toBe(1);
    const stored = await db.send(
      new GetCommand({ TableName: tableName(), Key: { pk: item.pk, sk: item.sk } }),
    );
    expect(stored.Item).toEqual(item);
  });
});
