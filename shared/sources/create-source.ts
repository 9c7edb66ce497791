import { randomUUID } from 'node:crypto';
import type { Actor } from '#shared/audit/audit.ts';
import { namedBody } from '#shared/bodies/body-store.ts';
import type { Store } from '#shared/store/client.ts';
import type { Source, SourceInput } from './source.ts';
import { createSource } from './source-store.ts';

/** A new source of a body that exists, on the body's record. */
export async function addSource(store: Store, input: SourceInput, actor: Actor, now: Date): Promise<Source> {
  await namedBody(store, input.bodyId);
  const at = now.toISOString();
  // Polled at the scheduler's next run: a new source shows its first items within minutes.
  const created: Source = {
    ...input,
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    health: { failures: 0, itemsFound: 0, itemsImported: 0, nextPollAt: at },
  };
  await createSource(store, created, actor, now);
  return created;
}
