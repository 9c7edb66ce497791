import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
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

/**
 * Wraps a per-change handler: each record is handled on its own and failures are reported as
 * partial batch failures, so only the failed records (and those after them) are retried.
 */
export function streamFunction(handleChange: (change: TableChange) => Promise<void>) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const recordHandler = async (record: DynamoDBRecord) => {
    try {
      await handleChange(toTableChange(record));
    } catch (error) {
      logger.error('Stream record failed', {
        error: error as Error,
        sequenceNumber: record.dynamodb?.SequenceNumber,
      });
      throw error;
    }
  };
  return middy<DynamoDBStreamEvent, DynamoDBBatchResponse>((event: DynamoDBStreamEvent, context: Context) =>
    processPartialResponse(event, recordHandler, processor, { context }),
  ).use(injectLambdaContext(logger, { resetKeys: true }));
}
