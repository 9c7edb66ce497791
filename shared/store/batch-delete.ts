import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.ts';
import { KEY } from './table.ts';

type ItemKey = Record<typeof KEY.pk | typeof KEY.sk, unknown>;

/** BatchWriteItem takes at most 25 requests. */
const BATCH = 25;

/**
 * Deletes any number of items, 25 to a request; what DynamoDB leaves unprocessed (throttled) is
 * sent again after a growing pause. Deleting an item that is gone is no error, so a rerun is safe.
 */
export async function deleteItems(store: Store, keys: ItemKey[]): Promise<void> {
  for (let i = 0; i < keys.length; i += BATCH) {
    let requests = keys
      .slice(i, i + BATCH)
      .map((key) => ({ DeleteRequest: { Key: { [KEY.pk]: key[KEY.pk], [KEY.sk]: key[KEY.sk] } } }));
    for (let attempt = 0; requests.length > 0; attempt += 1) {
      if (attempt > 0)
        await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 50 * 2 ** attempt)));
      const { UnprocessedItems } = await store.db.send(
        new BatchWriteCommand({ RequestItems: { [store.tableName]: requests } }),
      );
      requests = (UnprocessedItems?.[store.tableName] ?? []) as typeof requests;
    }
  }
}
