import type { Actor } from '#shared/audit/audit.ts';
import { ValidationFailed } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { MAPPING_REQUIRED, missesMapping, type Source, type SourceChanges } from './source.ts';
import { saveSourceSettings } from './source-store.ts';

/** A coordinator's edit of a source, on the body's record. */
export async function updateSource(
  store: Store,
  before: Source,
  changes: SourceChanges,
  actor: Actor,
  now: Date,
): Promise<Source> {
  const at = now.toISOString();
  const after: Source = { ...before, ...changes, updatedAt: at };
  if (missesMapping(after)) throw new ValidationFailed([MAPPING_REQUIRED]);
  const pollingChanged =
    changes.url !== undefined ||
    changes.kind !== undefined ||
    changes.mapping !== undefined ||
    changes.enabled === true;
  // A new address or reading is tried at once, not after the old backoff.
  if (pollingChanged) after.health = { ...before.health, nextPollAt: at };
  await saveSourceSettings(store, before, after, actor, now);
  return after;
}
