import { randomUUID } from 'node:crypto';
import { type Body, bodyName } from '#shared/bodies/body.ts';
import { getBody, listBodies } from '#shared/bodies/body-store.ts';
import { saveCancellation } from '#shared/consultations/amend-consultation.ts';
import type { Consultation } from '#shared/consultations/consultation.ts';
import { getConsultation, saveConsultation } from '#shared/consultations/consultation-store.ts';
import { DomainError } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { type FetchResult, fetchDocument, fetchWhole } from './fetch-document.ts';
import { readSourceItems } from './presets/index.ts';
import { UnreadableSource } from './read-items.ts';
import {
  contentHashOf,
  draftFields,
  isWanted,
  itemIdOf,
  nextPollAfter,
  type Source,
  type SourceHealth,
  type SourceItem,
  type SourceProblem,
  suggestedTopics,
} from './source.ts';
import {
  dismissDraft,
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

/** Everything a draft takes from its item and the body it goes to; the rest is the draft's own. */
function fromItem(source: Source, body: Body, item: SourceItem) {
  const fields = draftFields(item, source.language);
  return {
    bodyId: body.id,
    municipality: body.municipality,
    ...fields,
    topics: suggestedTopics(source, item),
    contact: { name: bodyName(body, fields.originalLanguage), email: body.submissionEmail },
  } satisfies Partial<Consultation>;
}

function newDraft(source: Source, body: Body, item: SourceItem, itemId: string, now: string): Consultation {
  return {
    id: randomUUID(),
    ...fromItem(source, body, item),
    status: 'draft',
    version: 0,
    createdAt: now,
    updatedAt: now,
    materialChanges: [],
    origin: { sourceId: source.id, itemId, importedAt: now, ...(item.organ ? { organ: item.organ } : {}) },
  };
}

/**
 * Brings a changed item's draft up to date, unless a person has edited the draft since the import:
 * then their edit stays, and the draft is marked so they can compare with the source.
 */
async function followChange(
  store: Store,
  source: Source,
  body: Body,
  known: ImportedItem,
  item: SourceItem,
  contentHash: string,
  now: string,
) {
  const draft = await getConsultation(store, known.consultationId);
  let syncedAt = known.syncedAt;
  if (draft?.status === 'draft' && draft.origin) {
    if (draft.updatedAt === known.syncedAt) {
      // Unedited, the draft is what the item said: what the item no longer says goes too.
      const { decisionDate, meetingAt, statementDeadline, origin, ...own } = draft;
      const { organ, ...since } = origin;
      await saveConsultation(store, draft, {
        ...own,
        ...fromItem(source, body, item),
        origin: { ...since, ...(item.organ ? { organ: item.organ } : {}) },
        updatedAt: now,
      });
      syncedAt = now;
    } else {
      await saveConsultation(store, draft, { ...draft, origin: { ...draft.origin, changedInSourceAt: now } });
    }
  }
  await saveImportedItem(store, { ...known, contentHash, syncedAt });
}

/**
 * The source calls the meeting or hearing off: a draft nobody published is deleted (and the item
 * remembered as cancelled, so it comes back only if the source takes the cancellation back); a
 * published one is cancelled as a new version, which alerts its subscribers.
 */
async function followCancellation(store: Store, known: ImportedItem, contentHash: string, now: Date) {
  const consultation = await getConsultation(store, known.consultationId);
  if (consultation?.status === 'draft') {
    await dismissDraft(store, consultation, { ...known, contentHash }, 'cancelled');
    return;
  }
  if (consultation?.status === 'published') await saveCancellation(store, consultation, now);
  await saveImportedItem(store, { ...known, contentHash });
}

/** Sources that list many bodies' consultations (the state's): the body each item names, when the network has it. */
const namesItsBody = new Set<Source['kind']>(['lausuntopalvelu']);

const normalName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');

/** The body an item's system names, matched by any of its names; else the source's own. */
function bodyMatcher(store: Store, source: Source) {
  let bodies: Promise<Map<string, Body>> | undefined;
  let own: Promise<Body | undefined> | undefined;
  return async (item: SourceItem): Promise<Body> => {
    if (namesItsBody.has(source.kind) && item.organ) {
      bodies ??= listBodies(store).then(
        (all) => new Map(all.flatMap((b) => Object.values(b.name).map((n) => [normalName(n), b] as const))),
      );
      const named = (await bodies).get(normalName(item.organ));
      if (named) return named;
    }
    own ??= getBody(store, source.bodyId);
    const body = await own;
    if (!body) throw new UnreadableSource('unknown_body', 'The body of this source no longer exists.');
    return body;
  };
}

/** Imports what is new in the items read, follows what changed; returns how many of each. */
async function importItems(store: Store, source: Source, items: SourceItem[], now: Date) {
  const at = now.toISOString();
  // Each item's key and content hash, worked out once.
  const wanted = items
    .filter((item) => isWanted(source, item))
    .map((item) => ({ item, itemId: itemIdOf(item.externalId), contentHash: contentHashOf(item) }));
  const known = await getImportedItems(
    store,
    source.id,
    wanted.map(({ itemId }) => itemId),
  );
  const bodyOf = bodyMatcher(store, source);
  let imported = 0;
  let updated = 0;
  for (const { item, itemId, contentHash } of wanted) {
    const seen = known.get(itemId);
    // A cancellation taken back brings the item in again, as new.
    const isNew = !seen || (seen.state === 'cancelled' && !item.cancelled);
    if (isNew) {
      if (item.cancelled) continue;
      const draft = newDraft(source, await bodyOf(item), item, itemId, at);
      const record: ImportedItem = {
        sourceId: source.id,
        itemId,
        externalId: item.externalId,
        contentHash,
        consultationId: draft.id,
        state: 'drafted',
        importedAt: at,
        syncedAt: at,
      };
      if (await importItem(store, record, draft, seen)) imported += 1;
    } else if (seen.contentHash !== contentHash && seen.state === 'drafted') {
      if (item.cancelled) await followCancellation(store, seen, contentHash, now);
      else await followChange(store, source, await bodyOf(item), seen, item, contentHash, at);
      updated += 1;
    }
  }
  return { imported, updated };
}

/** Why a source cannot be read, as the coordinator is told it: after a poll, and in a preview. */
export const problemOf = (error: DomainError): SourceProblem => ({
  code: error.code,
  message: error.message,
  ...(error.params ? { params: error.params } : {}),
});

const failed = {
  code: 'failed',
  message: 'Reading the source failed unexpectedly; it is tried again later.',
};

/** The items of a fetched source; the further documents it needs are fetched with the same guards. */
export function readSource(
  source: Pick<Source, 'kind' | 'language' | 'mapping'>,
  fetched: { body: string; url: string },
  options: PollOptions,
  now: Date,
): Promise<SourceItem[]> {
  return readSourceItems(source.kind, fetched.body, {
    url: fetched.url,
    now,
    language: source.language,
    ...(source.mapping ? { mapping: source.mapping } : {}),
    fetchMore: async (url) => (await fetchWhole({ url, ...options })).body,
  });
}

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
    const items = fetched.status === 'ok' ? await readSource(source, fetched, options, now) : undefined;
    const { imported, updated } = items
      ? await importItems(store, source, items, now)
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
      lastError: { at, ...(error instanceof DomainError ? problemOf(error) : failed) },
      failures,
      nextPollAt: nextPollAfter(source, failures, now),
    };
    // A failed poll asks for the whole document next time: the last one may not have been imported.
    await saveHealth(store, source.id, health, {});
    return { health, imported: 0, updated: 0, error };
  }
}
