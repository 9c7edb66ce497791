import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type Shard,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { FunctionSpec } from '#functions/catalog.ts';
import { matchesAny } from './event-filter.ts';

type StreamSpec = FunctionSpec & { trigger: Extract<FunctionSpec['trigger'], { kind: 'stream' }> };

export interface StreamConsumer {
  spec: StreamSpec;
  invoke(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse | undefined | null>;
}

export interface FailedRecord {
  functionName: string;
  attempts: number;
  error: string;
  record: DynamoDBRecord;
}

export interface PollerOptions {
  dynamodb: DynamoDBClient;
  streams: DynamoDBStreamsClient;
  tableName: string;
  consumers: StreamConsumer[];
  pollMs?: number;
  /** Called once a record has used all its attempts: the local on-failure destination. */
  onFailure(failure: FailedRecord): void;
  /** Where each consumer's position is kept between runs; without it, every run starts at the oldest record. */
  checkpointFile?: string;
}

type Checkpoints = Record<string, Record<string, string>>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The record as Lambda delivers it: the SDK's Date becomes epoch seconds. */
function toLambdaRecord(record: StreamRecord, streamArn: string): DynamoDBRecord {
  const { ApproximateCreationDateTime, ...rest } = record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion,
    eventSourceARN: streamArn,
    dynamodb: {
      ...(rest as DynamoDBRecord['dynamodb']),
      ApproximateCreationDateTime: ApproximateCreationDateTime
        ? Math.floor(new Date(ApproximateCreationDateTime).getTime() / 1000)
        : undefined,
    },
  } as DynamoDBRecord;
}

/**
 * Reads DynamoDB Local's stream and calls each stream function as Lambda's event source mapping
 * would: its filters first, then batches of at most its batch size, in order per shard. Records a
 * function reports in `batchItemFailures` (or the whole batch, if it throws) are retried from the
 * first failure; after `maxAttempts` a record goes to `onFailure` and processing moves on.
 */
export function startStreamPollers(options: PollerOptions) {
  const pollMs = options.pollMs ?? 100;
  let running = true;
  const checkpoints: Checkpoints =
    options.checkpointFile && existsSync(options.checkpointFile)
      ? JSON.parse(readFileSync(options.checkpointFile, 'utf8'))
      : {};
  const saveCheckpoint = (consumer: string, shardId: string, sequenceNumber: string) => {
    checkpoints[consumer] = { ...checkpoints[consumer], [shardId]: sequenceNumber };
    if (options.checkpointFile) writeFileSync(options.checkpointFile, JSON.stringify(checkpoints));
  };

  async function deliver(
    consumer: StreamConsumer,
    records: DynamoDBRecord[],
    streamArn: string,
    shardId: string,
  ) {
    const { spec } = consumer;
    const matching = records.filter((record) => matchesAny(spec.trigger.filters, record));
    const attempts = new Map<DynamoDBRecord, number>();
    let queue = matching;
    while (queue.length > 0 && running) {
      const batch = queue.slice(0, spec.trigger.batchSize);
      let failedFrom = -1;
      let error = '';
      try {
        const response = await consumer.invoke({ Records: batch });
        const failedIds = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
        failedFrom = batch.findIndex((record) => failedIds.has(record.dynamodb?.SequenceNumber ?? ''));
        error = 'reported in batchItemFailures';
      } catch (thrown) {
        failedFrom = 0;
        error = thrown instanceof Error ? thrown.message : String(thrown);
      }
      if (failedFrom === -1) {
        queue = queue.slice(batch.length);
        continue;
      }
      const failed = batch[failedFrom] as DynamoDBRecord;
      const tries = (attempts.get(failed) ?? 0) + 1;
      attempts.set(failed, tries);
      queue = queue.slice(failedFrom);
      if (tries >= spec.trigger.maxAttempts) {
        options.onFailure({ functionName: spec.name, attempts: tries, error, record: failed });
        queue = queue.slice(1);
      } else {
        await sleep(Math.min(50 * 2 ** tries, 2_000));
      }
    }
    const last = records.at(-1)?.dynamodb?.SequenceNumber;
    if (last && running) saveCheckpoint(`${spec.name}@${streamArn}`, shardId, last);
  }

  async function listShards(streamArn: string): Promise<Shard[]> {
    const shards: Shard[] = [];
    let start: string | undefined;
    do {
      const page = await options.streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }),
      );
      shards.push(...(page.StreamDescription?.Shards ?? []));
      start = page.StreamDescription?.LastEvaluatedShardId;
    } while (start);
    return shards;
  }

  async function runConsumer(consumer: StreamConsumer) {
    const iterators = new Map<string, string | null>();
    let streamArn: string | undefined;
    let lastListed = 0;
    let shards: Shard[] = [];
    while (running) {
      try {
        if (!streamArn) {
          const table = await options.dynamodb.send(
            new DescribeTableCommand({ TableName: options.tableName }),
          );
          streamArn = table.Table?.LatestStreamArn;
          if (!streamArn) throw new Error(`Table ${options.tableName} has no stream`);
        }
        if (Date.now() - lastListed > 1_000) {
          shards = await listShards(streamArn);
          lastListed = Date.now();
        }
        const key = `${consumer.spec.name}@${streamArn}`;
        let sawRecords = false;
        for (const shard of shards) {
          const shardId = shard.ShardId as string;
          if (iterators.get(shardId) === null) continue;
          // A child shard waits until its parent has been read to the end, to keep order.
          if (
            shard.ParentShardId &&
            iterators.has(shard.ParentShardId) &&
            iterators.get(shard.ParentShardId) !== null
          )
            continue;
          let iterator = iterators.get(shardId);
          if (iterator === undefined) {
            const after = checkpoints[key]?.[shardId];
            const response = await options.streams.send(
              new GetShardIteratorCommand({
                StreamArn: streamArn,
                ShardId: shardId,
                ShardIteratorType: after ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON',
                SequenceNumber: after,
              }),
            );
            iterator = response.ShardIterator ?? null;
          }
          if (!iterator) {
            iterators.set(shardId, null);
            continue;
          }
          try {
            const page = await options.streams.send(
              new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }),
            );
            const records = (page.Records ?? []).map((r) => toLambdaRecord(r, streamArn as string));
            if (records.length > 0) {
              sawRecords = true;
              await deliver(consumer, records, streamArn, shardId);
            }
            iterators.set(shardId, page.NextShardIterator ?? null);
          } catch (error) {
            if (!(error instanceof ExpiredIteratorException)) throw error;
            iterators.delete(shardId);
          }
        }
        if (!sawRecords) await sleep(pollMs);
      } catch (error) {
        if (!running) return;
        console.error(`[streams] ${consumer.spec.name}: ${(error as Error).message}; retrying in 1 s`);
        streamArn = undefined;
        iterators.clear();
        await sleep(1_000);
      }
    }
  }

  const loops = options.consumers.map((consumer) => runConsumer(consumer));
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
