import { BatchWriteCommand, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ServiceUnavailable } from '#shared/errors.ts';
import type { Store } from './client.ts';
import { KEY } from './table.ts';

/** How often a batch's unprocessed part is asked for again before the caller is told to try later. */
export const MAX_BATCH_ROUNDS = 8;
const FIRST_PAUSE_MS = 50;
const LONGEST_PAUSE_MS = 2_000;

/**
 * Waits before a batch's next round: DynamoDB leaves keys or items unprocessed when the table is
 * throttled, and asking again at once only adds load. Exponential backoff with jitter, as AWS
 * advises (half of the window fixed, so each pause is real; half random, so callers spread out),
 * capped; after MAX_BATCH_ROUNDS the caller gets a 503 rather than a loop.
 */
export async function pauseBeforeRound(round: number): Promise<void> {
  if (round >= MAX_BATCH_ROUNDS) throw new ServiceUnavailable();
  const window = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** round);
  await new Promise((resolve) => setTimeout(resolve, window / 2 + (Math.random() * window) / 2));
}

type WriteRequest = NonNullable<NonNullable<BatchWriteCommandOutput['UnprocessedItems']>[string]>[number];

/** Puts and deletes, 25 per request, until DynamoDB has processed every one. */
export async function writeAll(store: Store, requests: WriteRequest[]): Promise<void> {
  for (let i = 0; i < requests.length; i += 25) {
    let pending: WriteRequest[] | undefined = requests.slice(i, i + 25);
    for (let round = 0; pending && pending.length > 0; round += 1) {
      if (round > 0) await pauseBeforeRound(round - 1);
      const answer: BatchWriteCommandOutput = await store.db.send(
        new BatchWriteCommand({ RequestItems: { [store.tableName]: pending } }),
      );
      pending = answer.UnprocessedItems?.[store.tableName];
    }
  }
}

/** Deletes any number of items by key (other attributes are ignored); an item already gone is no error, so a rerun is safe. */
export async function deleteItems(
  store: Store,
  items: { [KEY.pk]: unknown; [KEY.sk]: unknown }[],
): Promise<void> {
  await writeAll(
    store,
    items.map((item) => ({ DeleteRequest: { Key: { [KEY.pk]: item[KEY.pk], [KEY.sk]: item[KEY.sk] } } })),
  );
}
