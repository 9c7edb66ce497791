import { randomUUID } from 'node:crypto';
import {
  DeleteTableCommand,
  DynamoDBClient,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FunctionSpec } from '#functions/catalog.ts';
import { type FailedRecord, type StreamConsumer, startStreamPollers } from '#infra/local/stream-poller.ts';
import { ensureTable } from '#infra/local/table.ts';

const { dynamodbEndpoint } = inject('runtime');
const clientConfig = { endpoint: dynamodbEndpoint, region: 'eu-north-1' };
const dynamodb = new DynamoDBClient(clientConfig);
const streams = new DynamoDBStreamsClient(clientConfig);
const tableName = `poller-${randomUUID()}`;

const idOf = (record: DynamoDBRecord) => record.dynamodb?.NewImage?.id?.S ?? '';

function consumer(
  entity: string,
  behave: (batch: DynamoDBRecord[], attempt: number) => string[] | 'throw',
  options: { batchSize?: number; maxAttempts?: number } = {},
) {
  const batches: string[][] = [];
  const handled = new Set<string>();
  let calls = 0;
  const spec = {
    name: `consumer-${entity}`,
    entry: 'test-only',
    description: 'test',
    table: 'none',
    sendsMail: false,
    trigger: {
      kind: 'stream',
      filters: [{ eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: [entity] } } } }],
      batchSize: options.batchSize ?? 10,
      maxAttempts: options.maxAttempts ?? 3,
    },
  } satisfies FunctionSpec;
  const streamConsumer: StreamConsumer = {
    spec,
    async invoke(event: DynamoDBStreamEvent) {
      calls += 1;
      batches.push(event.Records.map(idOf));
      const failed = behave(event.Records, calls);
      if (failed === 'throw') throw new Error('crashed mid-batch');
      for (const record of event.Records) if (!failed.includes(idOf(record))) handled.add(idOf(record));
      return {
        batchItemFailures: event.Records.filter((r) => failed.includes(idOf(r))).map((r) => ({
          itemIdentifier: r.dynamodb?.SequenceNumber ?? '',
        })),
      };
    },
  };
  return { streamConsumer, batches, handled };
}

const put = (entity: string, id: string) =>
  dynamodb.send(
    new PutItemCommand({
      TableName: tableName,
      Item: { pk: { S: id }, sk: { S: 'x' }, entity: { S: entity }, id: { S: id } },
    }),
  );

async function until(condition: () => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

const filtered = consumer('filtered', () => [], { batchSize: 3 });
let partialFailedOnce = false;
const partial = consumer('partial', (batch) => {
  if (!partialFailedOnce && batch.some((r) => idOf(r) === 'partial-2')) {
    partialFailedOnce = true;
    return ['partial-2'];
  }
  return [];
});
const poison = consumer('poison', (batch) => batch.filter((r) => idOf(r) === 'poison-bad').map(idOf), {
  maxAttempts: 3,
});
let crashes = 0;
const crashing = consumer('crashing', () => (crashes++ < 2 ? 'throw' : []));
const failures: FailedRecord[] = [];
let pollers: ReturnType<typeof startStreamPollers>;

beforeAll(async () => {
  await ensureTable(dynamodb, tableName);
  pollers = startStreamPollers({
    dynamodb,
    streams,
    tableName,
    consumers: [
      filtered.streamConsumer,
      partial.streamConsumer,
      poison.streamConsumer,
      crashing.streamConsumer,
    ],
    onFailure: (failure) => failures.push(failure),
    pollMs: 50,
  });
});

afterAll(async () => {
  await pollers.stop();
  await dynamodb.send(new DeleteTableCommand({ TableName: tableName }));
  dynamodb.destroy();
  streams.destroy();
});

describe('local stream pollers', () => {
  it("deliver only records matching the function's filters, in batches of at most its batch size", async () => {
    for (const id of ids('filtered', 7)) await put('filtered', id);
    await put('unrelated', 'unrelated-1');
    await dynamodb.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { pk: { S: 'filtered-0' }, sk: { S: 'x' } },
        UpdateExpression: 'SET touched = :t',
        ExpressionAttributeValues: { ':t': { BOOL: true } },
      }),
    );
    await until(() => filtered.handled.size === 7);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([...filtered.handled].sort()).toEqual(ids('filtered', 7).sort());
    expect(filtered.batches.flat()).toHaveLength(7);
    expect(Math.max(...filtered.batches.map((b) => b.length))).toBeLessThanOrEqual(3);
  });

  it('retry from the first record reported in batchItemFailures, so every record takes effect', async () => {
    for (const id of ids('partial', 5)) await put('partial', id);
    await until(() => partial.handled.size === 5);
    expect([...partial.handled].sort()).toEqual(ids('partial', 5).sort());
    const deliveries = partial.batches.flat();
    expect(deliveries.filter((id) => id === 'partial-2')).toHaveLength(2);
    expect(deliveries.filter((id) => id === 'partial-1')).toHaveLength(1);
  });

  it('give a record that keeps failing to the on-failure destination after its attempts, and go on', async () => {
    await put('poison', 'poison-a');
    await put('poison', 'poison-bad');
    await put('poison', 'poison-b');
    await until(() => failures.length > 0 && poison.handled.has('poison-b'));
    expect(failures.map((f) => [f.functionName, idOf(f.record), f.attempts])).toEqual([
      ['consumer-poison', 'poison-bad', 3],
    ]);
    expect([...poison.handled].sort()).toEqual(['poison-a', 'poison-b']);
  });

  it('retry a whole batch when the function throws', async () => {
    await put('crashing', 'crashing-1');
    await until(() => crashing.handled.has('crashing-1'));
    expect(crashing.batches.flat().filter((id) => id === 'crashing-1')).toHaveLength(3);
  });
});
