import { TransactionCanceledException, TransactionInProgressException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Store } from '#shared/store/client.ts';
import { putItem, transact } from '#shared/store/transactions.ts';

const cancelled = (code: string) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: [{ Code: code }],
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
});
