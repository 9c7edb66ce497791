import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Actor } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import { Conflict, NotFound } from '#shared/errors.ts';
import { getOrganisationsMany, listedCheck, notListed } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { type Page, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, putNew, type TransactItem, transact } from '#shared/store/transactions.ts';
import { type Material, storedMaterial } from './activity.ts';
import { ALL_MATERIALS, materialKey, organisationMaterials } from './tray-keys.ts';

/** Lower-case title and description: the search's words are a `contains` over it. */
const wordsOf = (m: Material) => `${m.title} ${m.description ?? ''}`.toLocaleLowerCase('fi');

export function materialItem(m: Material) {
  const order = `${m.updatedAt}#${m.id}`;
  return {
    ...materialKey(m.id),
    [KEY.gsi1pk]: ALL_MATERIALS,
    [KEY.gsi1sk]: order,
    [KEY.gsi2pk]: organisationMaterials(m.organisationId),
    [KEY.gsi2sk]: order,
    entity: 'material',
    ...m,
    words: wordsOf(m),
  };
}

export async function getMaterial(store: Store, id: string): Promise<Material | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.tableName, Key: materialKey(id) }));
  return Item ? storedMaterial.parse(Item) : undefined;
}

export async function existingMaterial(store: Store, id: string): Promise<Material> {
  const found = await getMaterial(store, id);
  if (!found) throw new NotFound('There is no such material.');
  return found;
}

/** A change applies only to the version read: `updatedAt` is the item's version. */
const unchangedSince = (m: Material) => ({
  ConditionExpression: 'updatedAt = :read',
  ExpressionAttributeValues: { ':read': m.updatedAt },
});

async function write(store: Store, items: TransactItem[]) {
  try {
    await transact(store, items);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('material'))
      throw new Conflict(
        'The material was changed or removed meanwhile: read it again.',
        'changed_meanwhile',
      );
    if (failed.has('organisation')) throw notListed();
    throw error;
  }
}

/** A material is shared or changed only while its organisation is listed, checked in the same transaction. */
export const createMaterial = (store: Store, m: Material, actor: Actor, now: Date) =>
  write(store, [
    putNew('material', materialItem(m)),
    listedCheck(m.organisationId),
    putItem(auditItem({ actor, action: 'material.shared', organisationId: m.organisationId, after: m }, now)),
  ]);

export const saveMaterial = (store: Store, before: Material, after: Material, actor: Actor, now: Date) =>
  write(store, [
    { name: 'material', Put: { TableName: '', Item: materialItem(after), ...unchangedSince(before) } },
    listedCheck(after.organisationId),
    putItem(
      auditItem(
        { actor, action: 'material.updated', organisationId: after.organisationId, before, after },
        now,
      ),
    ),
  ]);

export const deleteMaterial = (store: Store, m: Material, actor: Actor, now: Date) =>
  write(store, [
    { name: 'material', Delete: { TableName: '', Key: materialKey(m.id), ...unchangedSince(m) } },
    putItem(
      auditItem({ actor, action: 'material.removed', organisationId: m.organisationId, before: m }, now),
    ),
  ]);

export interface MaterialSearch {
  language?: string;
  topic?: string;
  /** Words that must all occur in the title or description. */
  q?: string;
  cursor?: string;
}

/** At most this many words of a search are matched: each is one `contains` of the filter. */
export const MAX_SEARCH_WORDS = 8;

/**
 * The material bank, newest first: one Query of the `MATERIALS` index, the language, topic and
 * words a filter over it, paged by cursor.
 */
export async function searchMaterials(store: Store, search: MaterialSearch) {
  const words = (search.q ?? '')
    .toLocaleLowerCase('fi')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_SEARCH_WORDS);
  const conditions: string[] = [];
  const values: Record<string, unknown> = {};
  if (search.language) {
    conditions.push('contains(languages, :language)');
    values[':language'] = search.language;
  }
  if (search.topic) {
    conditions.push('contains(topics, :topic)');
    values[':topic'] = search.topic;
  }
  words.forEach((word, i) => {
    conditions.push(`contains(words, :w${i})`);
    values[`:w${i}`] = word;
  });
  const found = await queryPage(
    store,
    {
      index: 'gsi1',
      partition: ALL_MATERIALS,
      newestFirst: true,
      limit: 25,
      ...(conditions.length > 0 ? { filter: { expression: conditions.join(' AND '), values } } : {}),
    },
    search.cursor,
    (item) => storedMaterial.parse(item),
  );
  return withNames(store, found);
}

/** Each material with its organisation's name, the organisations read together. */
async function withNames(store: Store, found: Page<Material>) {
  const organisations = await getOrganisationsMany(
    store,
    found.items.map((m) => m.organisationId),
  );
  return {
    ...found,
    items: found.items.map((m) => {
      const organisationName = organisations.get(m.organisationId)?.name;
      return organisationName ? { ...m, organisationName } : m;
    }),
  };
}

/** An organisation's materials, newest first. */
export async function organisationMaterialsPage(
  store: Store,
  organisationId: string,
  cursor: string | undefined,
) {
  const found = await queryPage(
    store,
    { index: 'gsi2', partition: organisationMaterials(organisationId), newestFirst: true, limit: 50 },
    cursor,
    (item) => storedMaterial.parse(item),
  );
  return withNames(store, found);
}
