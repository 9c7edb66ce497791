import { deleteItems } from '#shared/store/batch.ts';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';

/** What waits for a weekly recipient's digest: one entry per alerted version, in the address's partition. */
const digestPartition = (email: string) => `DIGEST#${email}`;
/** Every waiting entry is listed in one index partition, which the weekly digest reads. */
const DIGEST_QUEUE = 'DIGESTS#waiting';

export const digestEntryKey = (email: string, consultationId: string, version: number) => ({
  [KEY.pk]: digestPartition(email),
  [KEY.sk]: `${consultationId}#v${version}`,
  [KEY.gsi1pk]: DIGEST_QUEUE,
  [KEY.gsi1sk]: `${email}#${consultationId}#v${version}`,
});

/** Every entry waiting for a digest, whoever it is for. */
export const waitingDigestEntries = (store: Store) =>
  queryAll(store, { index: 'gsi1', partition: DIGEST_QUEUE });

/** What waits for one address's digest. */
export const digestEntriesOf = (store: Store, email: string) =>
  queryAll(store, { partition: digestPartition(email) });

/** Forgets what waits for an address's digest: its person erased their account. */
export async function deleteDigestEntries(store: Store, email: string): Promise<void> {
  const entries = await digestEntriesOf(store, email);
  await deleteItems(
    store,
    entries.map((entry) => ({ [KEY.pk]: entry[KEY.pk], [KEY.sk]: entry[KEY.sk] })),
  );
}
