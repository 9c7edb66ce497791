import type { Actor } from '#shared/audit/audit.ts';
import { ValidationFailed } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { isPreset } from './kinds.ts';
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
  // Each system identifies its items its own way: read by another, every item would look new.
  if (after.kind !== before.kind && (isPreset(after.kind) || isPreset(before.kind))) {
    throw new ValidationFailed([
      {
        field: 'kind',
        code: 'kindFixed',
        message: "A source's decision system cannot change; add a new source for the other system.",
      },
    ]);
  }
  // The edit form sends every field: only a real change is one.
  const pollingChanged =
    after.url !== before.url ||
    after.kind !== before.kind ||
    JSON.stringify(after.mapping) !== JSON.stringify(before.mapping) ||
    (after.enabled && !before.enabled);
  // A new address or reading is tried at once, not after the old backoff.
  if (pollingChanged) after.health = { ...before.health, nextPollAt: at };
  await saveSourceSettings(store, before, after, actor, now);
  return after;
}
