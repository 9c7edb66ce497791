import { randomUUID } from 'node:crypto';
import { type Body, bodyName } from '#shared/bodies/body.ts';
import { getBody } from '#shared/bodies/body-store.ts';
import type { Consultation } from '#shared/consultations/consultation.ts';
import { getConsultation, saveConsultation } from '#shared/consultations/consultation-store.ts';
import { DomainError } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { type FetchResult, fetchDocument } from './fetch-document.ts';
import { readItems, UnreadableSource } from './read-items.ts';
import {
  contentHashOf,
  draftTexts,
  isWanted,
  itemIdOf,
  nextPollAfter,
  type Source,
  type SourceHealth,
  type SourceItem,
  suggestedTopics,
} from './source.ts';
import {
  type FetchState,
  getImportedItems,
  type ImportedItem,
  importItem,
  saveHealth,
  saveImportedItem,
} from './source-store.ts';

export interface PollOptions {
  allowPrivate: boolean;
  userAgent: string;
}

export interface PollOutcome {
  health: SourceHealth;
  imported: number;
  updated: number;
  /** Why the poll failed, for the log; its safe summary is on the health. */
  error?: unknown;
}

function newDraft(source: Source, body: Body, item: SourceItem, itemId: string, now: string): Consultation {
  return {
    id: randomUUID(),
    bodyId: source.bodyId,
    municipality: body.municipality,
    kind: 'upcoming-decision',
    originalLanguage: source.language,
    ...draftTexts(item, source.language),
    topics: suggestedTopics(source, item),
    contact: { name: bodyName(body, source.language), email: body.submissionEmail },
    status: 'draft',
    version: 0,
    createdAt: now,
    updatedAt: now,
    materialChanges: [],
    origin: { sourceId: source.id, itemId, importedAt: now },
  };
}

/**
 * Brings a changed item's draft up to date, unless a person has edited the draft since the import:
 * then their edit stays, and the draft is marked so they can compare with the source.
 */
async function followChange(
  store: Store,
  source: Source,
  known: ImportedItem,
  item: SourceItem,
  contentHash: string,
  now: string,
) {
  const draft = await getConsultation(store, known.consultationId);
  let syncedAt = known.syncedAt;
  if (draft?.status === 'draft' && draft.origin) {
    if (draft.updatedAt === known.syncedAt) {
      const { texts, links } = draftTexts(item, source.language);
      await saveConsultation(store, draft, {
        ...draft,
        texts: { ...draft.texts, ...texts },
        links,
        topics: suggestedTopics(source, item),
        updatedAt: now,
      });
      syncedAt = now;
    } else {
      await saveConsultation(store, draft, { ...draft, origin: { ...draft.origin, changedInSourceAt: now } });
    }
  }
  await saveImportedItem(store, { ...known, contentHash, syncedAt });
}

/** Imports what is new in the items read, follows what changed; returns how many of each. */
async function importItems(store: Store, source: Source, items: SourceItem[], now: string) {
  // Each item's key and content hash, worked out once.
  const wanted = items
    .filter((item) => isWanted(source, item))
    .map((item) => ({ item, itemId: itemIdOf(item.externalId), contentHash: contentHashOf(item) }));
  const known = await getImportedItems(
    store,
    source.id,
    wanted.map(({ itemId }) => itemId),
  );
  let body: Body | undefined;
  let imported = 0;
  let updated = 0;
  for (const { item, itemId, contentHash } of wanted) {
    const seen = known.get(itemId);
    if (!seen) {
      body ??= await getBody(store, source.bodyId);
      if (!body) throw new UnreadableSource('unknown_body', 'The body of this source no longer exists.');
      const draft = newDraft(source, body, item, itemId, now);
      const record: ImportedItem = {
        sourceId: source.id,
        itemId,
        externalId: item.externalId,
        contentHash,
        consultationId: draft.id,
        state: 'drafted',
        importedAt: now,
        syncedAt: now,
      };
      if (await importItem(store, record, draft)) imported += 1;
    } else if (seen.contentHash !== contentHash && seen.state === 'drafted') {
      await followChange(store, source, seen, item, contentHash, now);
      updated += 1;
    }
  }
  return { imported, updated };
}

const problemOf = (error: unknown) =>
  error instanceof DomainError
    ? { code: error.code, message: error.message }
    : { code: 'failed', message: 'Reading the source failed unexpectedly; it is tried again later.' };

/**
 * Polls one source and records the outcome on its health. A failure is recorded, not thrown: one
 * broken source never stops the others.
 */
export async function pollSource(
  store: Store,
  source: Source,
  fetchState: FetchState,
  now: Date,
  options: PollOptions,
): Promise<PollOutcome> {
  const at = now.toISOString();
  const before = source.health;
  try {
    const fetched: FetchResult = await fetchDocument({ url: source.url, ...fetchState, ...options });
    const items = fetched.status === 'ok' ? readItems(source.kind, fetched.body, source.mapping) : undefined;
    const { imported, updated } = items
      ? await importItems(store, source, items, at)
      : { imported: 0, updated: 0 };
    const health: SourceHealth = {
      ...before,
      lastPolledAt: at,
      lastSuccessAt: at,
      failures: 0,
      itemsFound: items ? items.length : before.itemsFound,
      itemsImported: before.itemsImported + imported,
      nextPollAt: nextPollAfter(source, 0, now),
    };
    const nextFetchState =
      fetched.status === 'ok' ? { etag: fetched.etag, lastModified: fetched.lastModified } : fetchState;
    await saveHealth(store, source.id, health, nextFetchState);
    return { health, imported, updated };
  } catch (error) {
    const failures = before.failures + 1;
    const health: SourceHealth = {
      ...before,
      lastPolledAt: at,
      lastError: { at, ...problemOf(error) },
      failures,
      nextPollAt: nextPollAfter(source, failures, now),
    };
    // A failed poll asks for the whole document next time: the last one may not have been imported.
    await saveHealth(store, source.id, health, {});
    return { health, imported: 0, updated: 0, error };
  }
}
