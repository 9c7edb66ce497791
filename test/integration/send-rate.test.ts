import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '#infra/local/table.ts';
import { awaitSendSlot } from '#shared/alerts/send-rate.ts';
import { config } from '#shared/config.ts';
import { documentClient } from '#shared/store/client.ts';

// A table of its own: the runtime's senders share the one send budget of the test table.
const s = { db: documentClient(), tableName: `send-rate-${randomUUID()}` };

beforeAll(async () => {
  const { region, dynamodbEndpoint } = config();
  await ensureTable(new DynamoDBClient({ region, endpoint: dynamodbEndpoint }), s.tableName);
});

async function slotsTaken(second: number): Promise<number> {
  const { Items } = await s.db.send(
    new QueryCommand({
      TableName: s.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `RATE#ses-send#${second}` },
    }),
  );
  return Number(Items?.[0]?.count ?? 0);
}

describe('send rate', () => {
  it('lets many senders at once through within the budget of each second, with few writes', async () => {
    const perSecond = 20;
    const writes: string[] = [];
    const name = `countWrites-${randomUUID()}`;
    s.db.middlewareStack.add(
      (next, context) => async (args) => {
        if ((args.input as { TableName?: string }).TableName === s.tableName)
          writes.push(context.commandName ?? '');
        return next(args);
      },
      { step: 'initialize', name },
    );
    const first = Math.floor(Date.now() / 1000);
    const granted: true[] = [];
    try {
      await Promise.all(
        Array.from({ length: 50 }, async () => {
          await awaitSendSlot(s, perSecond);
          granted.push(true);
        }),
      );
    } finally {
      s.db.middlewareStack.remove(name);
    }
    const last = Math.floor(Date.now() / 1000);

    expect(granted).toHaveLength(50);
    let reserved = 0;
    for (let second = first; second <= last; second += 1) {
      const taken = await slotsTaken(second);
      expect(taken).toBeLessThanOrEqual(perSecond);
      reserved += taken;
    }
    // Every send had a reserved slot, and 50 sends at 20 a second need at least three seconds' budgets.
    expect(reserved).toBeGreaterThanOrEqual(50);
    expect(last - first).toBeGreaterThanOrEqual(2);
    // Slots are reserved five at a time (a quarter of 20), one writer at a time: about ten writes for 50 sends, not 50 or more.
    expect(writes.length).toBeLessThan(25);
  });
});
