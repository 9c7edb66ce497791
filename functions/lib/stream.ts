import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { isTransientServiceError } from './http-errors.ts';
import { logger } from './logger.ts';

/** One change to the table, with its images as plain objects. */
export interface TableChange {
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  newImage: Record<string, unknown> | undefined;
  oldImage: Record<string, unknown> | undefined;
  sequenceNumber: string;
}

const image = (value: Record<string, unknown> | undefined) =>
  value ? unmarshall(value as Record<string, AttributeValue>) : undefined;

export function toTableChange(record: DynamoDBRecord): TableChange {
  return {
    eventName: record.eventName ?? 'MODIFY',
    newImage: image(record.dynamodb?.NewImage),
    oldImage: image(record.dynamodb?.OldImage),
    sequenceNumber: record.dynamodb?.SequenceNumber ?? '',
  };
}

/** What a handler knows of the invocation it runs in. */
export interface Invocation {
  /** When Lambda stops the function (epoch ms): a send claimed now holds its lease until then, and a margin. */
  deadline: number;
}

/**
 * How long a record waits out a table or service that cannot be reached before it counts as a
 * failed attempt: a few seconds' outage must not use up a record's attempts and send it to the
 * failure queue (a notice would then never be sent).
 */
const TRANSIENT_WAIT_MS = 10_000;

/**
 * Wraps a per-change handler: each record is handled on its own and failures are reported as
 * partial batch failures, so only the failed records (and those after them) are retried. Handlers
 * are idempotent (the stream may deliver a record again), so a record is simply handled again
 * after a transient error.
 */
export function streamFunction(handleChange: (change: TableChange, invocation: Invocation) => Promise<void>) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const recordHandler = async (record: DynamoDBRecord, invocation: Invocation) => {
    const change = toTableChange(record);
    for (let waited = 0, pause = 250; ; waited += pause, pause = Math.min(2 * pause, 2_000)) {
      try {
        await handleChange(change, invocation);
        return;
      } catch (error) {
        if (isTransientServiceError(error) && waited < TRANSIENT_WAIT_MS) {
          await new Promise((resolve) => setTimeout(resolve, pause));
          continue;
        }
        logger.error('Stream record failed', {
          error: error as Error,
          sequenceNumber: record.dynamodb?.SequenceNumber,
        });
        throw error;
      }
    }
  };
  return middy<DynamoDBStreamEvent, DynamoDBBatchResponse>((event: DynamoDBStreamEvent, context: Context) => {
    const invocation = { deadline: Date.now() + context.getRemainingTimeInMillis() };
    return processPartialResponse(
      event,
      (record: DynamoDBRecord) => recordHandler(record, invocation),
      processor,
      {
        context,
      },
    );
  });
}
