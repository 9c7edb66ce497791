import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TooManyRequests } from '#shared/errors.ts';
import type { Store } from './client.ts';
import { KEY } from './table.ts';

/** Counts a request against a limit per window (a counter item that expires with its window). */
export async function countAgainstLimit(
  store: Store,
  key: string,
  limit: number,
  windowSeconds: number,
  now: Date,
) {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % windowSeconds);
  try {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { [KEY.pk]: `RATE#${key}#${windowStart}`, [KEY.sk]: 'RATE' },
        UpdateExpression: 'ADD #count :one SET #expiresAt = :expiresAt, entity = :entity',
        ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
        ExpressionAttributeNames: { '#count': 'count', '#expiresAt': KEY.expiresAt },
        ExpressionAttributeValues: {
          ':one': 1,
          ':limit': limit,
          ':expiresAt': windowStart + windowSeconds,
          ':entity': 'rate-limit',
        },
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException)
      throw new TooManyRequests(windowStart + windowSeconds - nowSeconds);
    throw error;
  }
}
