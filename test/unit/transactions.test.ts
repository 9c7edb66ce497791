import { TransactionCanceledException, TransactionInProgressException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Store } from '#shared/store/client.ts';
import { ConditionsFailed, failedNames, putItem, putNew, transact } from '#shared/store/transactions.ts';

const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

/** A client that answers with the given outcomes in turn: DynamoDB's side is not under test here. */
function storeAnswering(outcomes: (Error | undefined)[]) {
  const sent: unknown[] = [];
  const store = {
    tableName: 't',
    db: {
      send: async (command: { input: unknown }) => {
        sent.push(command.input);
        const outcome = outcomes.shift();
        if (outcome) throw outcome;
        return {};
      },
    },
  } as unknown as Store;
  return { store, sent };
}

describe('transact', () => {
  it('tries a transaction again when DynamoDB cancelled it for meeting another on the same item', async () => {
    const { store, sent } = storeAnswering([
      cancelled('TransactionConflict'),
      cancelled('TransactionConflict'),
    ]);
    await transact(store, [putItem({ pk: 'a', sk: 'b' })]);
    expect(sent).toHaveLength(3);
    expect(sent[0]).toEqual({
      TransactItems: [{ Put: { TableName: 't', Item: { pk: 'a', sk: 'b' } } }],
      ClientRequestToken: expect.any(String),
    });
  });

  it('gives every call its own idempotency token, and a cancelled try a new one', async () => {
    const { store, sent } = storeAnswering([cancelled('TransactionConflict')]);
    await transact(store, [putItem({ pk: 'a', sk: 'b' })]);
    await transact(store, [putItem({ pk: 'a', sk: 'b' })]);
    const tokens = (sent as { ClientRequestToken?: string }[]).map((input) => input.ClientRequestToken);
    expect(tokens).toHaveLength(3);
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f-]{36}$/);
    // Two equal writes asked for twice are two writes, not one collapsed by the token.
    expect(new Set(tokens).size).toBe(3);
  });

  it('asks again with the same token while DynamoDB still works on a try under it', async () => {
    const { store, sent } = storeAnswering([
      new TransactionInProgressException({ message: 'in progress', $metadata: {} }),
    ]);
    await transact(store, [putItem({ pk: 'a', sk: 'b' })]);
    const [first, second] = sent as { ClientRequestToken?: string }[];
    expect(sent).toHaveLength(2);
    expect(second?.ClientRequestToken).toBe(first?.ClientRequestToken);
  });

  it('does not retry a failed condition, and gives up on endless conflicts', async () => {
    const condition = storeAnswering([cancelled('ConditionalCheckFailed')]);
    await expect(transact(condition.store, [putItem({ pk: 'a', sk: 'b' })])).rejects.toThrow(
      TransactionCanceledException,
    );
    expect(condition.sent).toHaveLength(1);

    const busy = storeAnswering(Array.from({ length: 20 }, () => cancelled('TransactionConflict')));
    await expect(transact(busy.store, [putItem({ pk: 'a', sk: 'b' })])).rejects.toThrow(
      TransactionCanceledException,
    );
    expect(busy.sent).toHaveLength(8);
  }, 20_000);

  it('names the conditions that cancelled a transaction, by the names of their items', async () => {
    const { store, sent } = storeAnswering([
      cancelled('ConditionalCheckFailed', 'None', 'ConditionalCheckFailed'),
    ]);
    const items = [
      putNew('first', { pk: 'a', sk: 'b' }),
      putItem({ pk: 'c', sk: 'd' }),
      putNew('third', { pk: 'e', sk: 'f' }),
    ];
    const error = await transact(store, items).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConditionsFailed);
    expect(failedNames(error)).toEqual(new Set(['first', 'third']));
    expect((error as ConditionsFailed).cause).toBeInstanceOf(TransactionCanceledException);
    // The names stay on this side: DynamoDB is sent only its own fields.
    expect((sent[0] as { TransactItems: object[] }).TransactItems[0]).not.toHaveProperty('name');
    expect(failedNames(new Error('other'))).toEqual(new Set());
  });

  it('refuses, before sending, a conditional item that has no name', async () => {
    const { store, sent } = storeAnswering([]);
    const unnamed = {
      Delete: { TableName: '', Key: { pk: 'a', sk: 'b' }, ConditionExpression: 'attribute_exists(pk)' },
    };
    await expect(transact(store, [putItem({ pk: 'c', sk: 'd' }), unnamed])).rejects.toThrow(
      'Transaction item 1 has a condition but no name',
    );
    expect(sent).toHaveLength(0);
  });
});
