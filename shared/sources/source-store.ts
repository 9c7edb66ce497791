import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { Actor } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import type { Consultation } from '#shared/consultations/consultation.ts';
import {
  consultationCreation,
  profileKey as consultationKey,
  consultationPartition,
} from '#shared/consultations/consultation-store.ts';
import { Conflict } from '#shared/errors.ts';
import { deleteItems } from '#shared/store/batch.ts';
import type { Store } from '#shared/store/client.ts';
import { getMany, queryAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, putNew, type TransactItem, transact } from '#shared/store/transactions.ts';
import { type Source, type SourceHealth, storedSource } from './source.ts';

/** A source's partition: its profile, the items it imported, the signatures its hook took (hook-store.ts). */
export const sourcePartition = (id: string) => `SOURCE#${id}`;
export const sourceKey = (id: string) => ({ [KEY.pk]: sourcePartition(id), [KEY.sk]: 'PROFILE' });
const itemKey = (sourceId: string, itemId: string) => ({
  [KEY.pk]: sourcePartition(sourceId),
  [KEY.sk]: `ITEM#${itemId}`,
});

/** What the next conditional request sends back to the source; internal, never in the API. */
export interface FetchState {
  etag?: string;
  lastModified?: string;
}

/** What Kaiutin remembers of an item it has read, so that polling again never imports it twice. */
export const importedItem = z.object({
  sourceId: z.string(),
  itemId: z.string(),
  externalId: z.string(),
  contentHash: z.string(),
  consultationId: z.string(),
  /** Cancelled: the source called the meeting or hearing off, and its draft was deleted. */
  state: z.enum(['drafted', 'dismissed', 'cancelled']),
  importedAt: z.string(),
  /** The draft's updatedAt as the import last wrote it: a later one means a person edited the draft. */
  syncedAt: z.string(),
});
export type ImportedItem = z.output<typeof importedItem>;

const fetchStateOf = (item: Record<string, unknown>): FetchState =>
  (item.fetchState as FetchState | undefined) ?? {};

/** What the source's hook secret is derived from (hook.ts); internal, never in the API or the audit log. */
const hookNonceOf = (item: Record<string, unknown>) =>
  typeof item.hookNonce === 'string' && item.hook !== undefined ? item.hookNonce : undefined;

/** Every source, oldest first: a network watches tens of them. */
export async function listSources(store: Store): Promise<{ source: Source; fetchState: FetchState }[]> {
  const items = await queryAll(store, { index: 'gsi1', partition: 'SOURCES' });
  return items.map((item) => ({ source: storedSource.parse(item), fetchState: fetchStateOf(item) }));
}

export async function getSource(
  store: Store,
  id: string,
): Promise<{ source: Source; fetchState: FetchState; hookNonce?: string } | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: sourceKey(id), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const hookNonce = hookNonceOf(Item);
  return {
    source: storedSource.parse(Item),
    fetchState: fetchStateOf(Item),
    ...(hookNonce ? { hookNonce } : {}),
  };
}

const changedMeanwhile = () =>
  new Conflict('Someone changed this source at the same time. Reload it and try again.', 'changed_meanwhile');

/** A source as the audit record names it: by `sourceId`, as the hook's entries do, without its health. */
const onRecord = ({ id, health, ...settings }: Source) => ({ sourceId: id, ...settings });

/** A new source, on the record of its body. */
export async function createSource(store: Store, s: Source, actor: Actor, now: Date): Promise<void> {
  await transact(store, [
    putNew('source', {
      ...sourceKey(s.id),
      [KEY.gsi1pk]: 'SOURCES',
      [KEY.gsi1sk]: `${s.createdAt}#${s.id}`,
      entity: 'source',
      ...s,
    }),
    putItem(auditItem({ actor, action: 'source.created', bodyId: s.bodyId, after: onRecord(s) }, now)),
  ]);
}

/**
 * Saves a coordinator's edit field by field, so it never overwrites health a poll writes meanwhile
 * (nor the hook, which has its own routes), with the edit on the record; it holds only if nobody
 * else edited the source since it was read.
 */
export async function saveSourceSettings(
  store: Store,
  before: Source,
  after: Source,
  actor: Actor,
  now: Date,
): Promise<void> {
  const { id, health, createdAt, bodyId, hook, ...settings } = after;
  const fields = Object.entries(settings).filter(([, value]) => value !== undefined);
  try {
    await transact(store, [
      {
        name: 'source',
        Update: {
          TableName: '',
          Key: sourceKey(id),
          UpdateExpression: `SET ${fields.map((_, i) => `#f${i} = :f${i}`).join(', ')}, #h.#next = :next`,
          ConditionExpression: 'updatedAt = :seen',
          ExpressionAttributeNames: {
            ...Object.fromEntries(fields.map(([field], i) => [`#f${i}`, field])),
            '#h': 'health',
            '#next': 'nextPollAt',
          },
          ExpressionAttributeValues: {
            ...Object.fromEntries(fields.map(([, value], i) => [`:f${i}`, value])),
            ':seen': before.updatedAt,
            ':next': health.nextPollAt,
          },
        },
      },
      putItem(
        auditItem(
          { actor, action: 'source.updated', bodyId, before: onRecord(before), after: onRecord(after) },
          now,
        ),
      ),
    ]);
  } catch (error) {
    if (failedNames(error).has('source')) throw changedMeanwhile();
    throw error;
  }
}

/**
 * Deletes a source, on the record, unless someone edited it since it was read; then the records of
 * its items. An item whose draft or consultation is still in Kaiutin keeps its record, so each one
 * imported still names its item; the rest (dismissed and cancelled items, the hook's signatures)
 * go.
 */
export async function deleteSource(store: Store, s: Source, actor: Actor, now: Date): Promise<void> {
  try {
    await transact(store, [
      {
        name: 'source',
        Delete: {
          TableName: '',
          Key: sourceKey(s.id),
          ConditionExpression: 'updatedAt = :seen',
          ExpressionAttributeValues: { ':seen': s.updatedAt },
        },
      },
      putItem(auditItem({ actor, action: 'source.deleted', bodyId: s.bodyId, before: onRecord(s) }, now)),
    ]);
  } catch (error) {
    if (failedNames(error).has('source')) throw changedMeanwhile();
    throw error;
  }
  const rows = await queryAll(store, { partition: sourcePartition(s.id) });
  const drafted = rows.filter((row) => row.state === 'drafted').map((row) => importedItem.parse(row));
  const existing = await getMany(
    store,
    drafted.map((item) => consultationKey(item.consultationId)),
    KEY.pk,
  );
  const kept = new Set(existing.map((c) => c[KEY.pk]));
  const gone = rows.filter(
    (row) => !(row.state === 'drafted' && kept.has(consultationPartition(String(row.consultationId)))),
  );
  await deleteItems(store, gone as { [KEY.pk]: unknown; [KEY.sk]: unknown }[]);
}

/**
 * Takes a due source for one poll by moving its next poll past the poll's duration: of two
 * schedulers that both saw it due, only one gets it.
 */
export async function claimSource(store: Store, s: Source, until: string): Promise<boolean> {
  try {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: sourceKey(s.id),
        UpdateExpression: 'SET #h.#next = :until',
        ConditionExpression: '#h.#next = :seen',
        ExpressionAttributeNames: { '#h': 'health', '#next': 'nextPollAt' },
        ExpressionAttributeValues: { ':until': until, ':seen': s.health.nextPollAt },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Records a poll's outcome; settings edited meanwhile are untouched. */
export async function saveHealth(
  store: Store,
  sourceId: string,
  health: SourceHealth,
  fetchState: FetchState,
): Promise<void> {
  try {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: sourceKey(sourceId),
        UpdateExpression: 'SET health = :health, fetchState = :fetchState',
        ConditionExpression: `attribute_exists(${KEY.pk})`,
        ExpressionAttributeValues: { ':health': health, ':fetchState': fetchState },
      }),
    );
  } catch (error) {
    // Deleted while it was read: there is no health left to record.
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/** The items of a source Kaiutin has already read, by item id. */
export async function getImportedItems(
  store: Store,
  sourceId: string,
  itemIds: string[],
): Promise<Map<string, ImportedItem>> {
  const found = await getMany(
    store,
    itemIds.map((id) => itemKey(sourceId, id)),
  );
  return new Map(found.map((item) => importedItem.parse(item)).map((item) => [item.itemId, item]));
}

const itemRecord = (item: ImportedItem) => ({
  ...itemKey(item.sourceId, item.itemId),
  entity: 'source-item',
  ...item,
});

/**
 * A new item and its draft, both or neither; an item already read (by a poll running alongside) is
 * skipped. An item whose cancellation the source took back replaces its record if still cancelled.
 */
export async function importItem(
  store: Store,
  item: ImportedItem,
  draft: Consultation,
  cancelled?: ImportedItem,
): Promise<boolean> {
  const record: TransactItem = cancelled
    ? {
        name: 'item',
        Put: {
          TableName: '',
          Item: itemRecord(item),
          ConditionExpression: '#state = :cancelled AND contentHash = :seen',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':cancelled': 'cancelled', ':seen': cancelled.contentHash },
        },
      }
    : putNew('item', itemRecord(item));
  try {
    await transact(store, [record, consultationCreation(draft)]);
    return true;
  } catch (error) {
    if (failedNames(error).has('item')) return false;
    throw error;
  }
}

export async function saveImportedItem(store: Store, item: ImportedItem): Promise<void> {
  await store.db.send(new PutCommand({ TableName: store.tableName, Item: itemRecord(item) }));
}

const draftChangedMeanwhile = () =>
  new Conflict(
    'Someone changed or published this draft at the same time. Reload the queue.',
    'changed_meanwhile',
  );

/** Deletes a draft as it was read: not if it was published or edited meanwhile. */
const draftDeletion = (draft: Consultation): TransactItem => ({
  name: 'draft',
  Delete: {
    TableName: '',
    Key: consultationKey(draft.id),
    ConditionExpression: '#status = :draft AND updatedAt = :seen',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':draft': 'draft', ':seen': draft.updatedAt },
  },
});

/**
 * Dismissing deletes the draft and remembers the item as dismissed, so no poll brings it back; a
 * cancellation in the source deletes it the same way, remembered as cancelled.
 */
export async function dismissDraft(
  store: Store,
  draft: Consultation,
  item: ImportedItem,
  state: 'dismissed' | 'cancelled' = 'dismissed',
): Promise<void> {
  try {
    await transact(store, [draftDeletion(draft), putItem(itemRecord({ ...item, state }))]);
  } catch (error) {
    if (failedNames(error).has('draft')) throw draftChangedMeanwhile();
    throw error;
  }
}

/**
 * Dismissing a draft whose source is gone (or that has no item record): the draft and any record
 * of its item are deleted; no poll of that source will ever bring it back.
 */
export async function discardDraft(store: Store, draft: Consultation, item?: ImportedItem): Promise<void> {
  try {
    await transact(store, [
      draftDeletion(draft),
      ...(item ? [{ Delete: { TableName: '', Key: itemKey(item.sourceId, item.itemId) } }] : []),
    ]);
  } catch (error) {
    if (failedNames(error).has('draft')) throw draftChangedMeanwhile();
    throw error;
  }
}

export const getImportedItem = async (store: Store, sourceId: string, itemId: string) =>
  (await getImportedItems(store, sourceId, [itemId])).get(itemId);
