import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { bodyPartition } from '#shared/bodies/body-store.ts';
import { Conflict } from '#shared/errors.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import type { Store } from '#shared/store/client.ts';
import { countAll, type Page, type PartitionQuery, queryAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import {
  createItem,
  failedNames,
  putItem,
  putNew,
  type TransactItem,
  transact,
} from '#shared/store/transactions.ts';
import { type Consultation, type ConsultationStatus, storedConsultation } from './consultation.ts';

/** A consultation's partition: its profile and its published versions. */
export const consultationPartition = (id: string) => `CONSULTATION#${id}`;
export const profileKey = (id: string) => ({ [KEY.pk]: consultationPartition(id), [KEY.sk]: 'PROFILE' });
const versionKey = (id: string, version: number) => ({
  [KEY.pk]: consultationPartition(id),
  [KEY.sk]: `VERSION#${String(version).padStart(6, '0')}`,
});

const ofBody = (bodyId: string) => `${bodyPartition(bodyId)}#CONSULTATIONS`;

/** Lower-cased titles and summaries in every language, for the text filter. */
const searchText = (c: Consultation) =>
  languageCodes
    .flatMap((language) => {
      const text = c.texts[language];
      return text ? [text.title, text.summary, text.plainSummary ?? ''] : [];
    })
    .join('\n')
    .toLocaleLowerCase();

/**
 * Listed by status, newest first (gsi1), and per body including drafts (gsi2). The search text is
 * kept beside the item for the public list's text filter.
 */
function profileItem(c: Consultation) {
  return {
    ...profileKey(c.id),
    [KEY.gsi1pk]: `CONSULTATIONS#${c.status}`,
    [KEY.gsi1sk]: `${c.publishedAt ?? c.createdAt}#${c.id}`,
    [KEY.gsi2pk]: ofBody(c.bodyId),
    [KEY.gsi2sk]: `${c.createdAt}#${c.id}`,
    entity: 'consultation',
    searchText: searchText(c),
    ...c,
  };
}

const VERSIONS_PER_PAGE = 20;

const parse = (item: Record<string, unknown>) => storedConsultation.parse(item);

/** The write that creates a consultation, for transactions that create it with something else. */
export const consultationCreation = (c: Consultation): TransactItem => putNew('consultation', profileItem(c));

export async function createConsultation(store: Store, c: Consultation): Promise<void> {
  await createItem(store, profileItem(c));
}

export async function getConsultation(store: Store, id: string): Promise<Consultation | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: profileKey(id), ConsistentRead: true }),
  );
  return Item ? parse(Item) : undefined;
}

/**
 * Writes a change made to what was read: the write holds only if nobody changed the consultation
 * in between (same version and status), so no edit is lost. A new version keeps a snapshot.
 */
export async function saveConsultation(
  store: Store,
  before: Consultation,
  after: Consultation,
): Promise<void> {
  const items: TransactItem[] = [
    {
      name: 'unchanged',
      Put: {
        TableName: '',
        Item: profileItem(after),
        ConditionExpression: '#version = :version AND #status = :status AND updatedAt = :updatedAt',
        ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
        ExpressionAttributeValues: {
          ':version': before.version,
          ':status': before.status,
          ':updatedAt': before.updatedAt,
        },
      },
    },
  ];
  if (after.version !== before.version) {
    items.push(putItem({ ...versionKey(after.id, after.version), entity: 'consultation-version', ...after }));
  }
  try {
    await transact(store, items);
  } catch (error) {
    if (failedNames(error).has('unchanged')) {
      throw new Conflict(
        'Someone changed this consultation at the same time. Reload it and try again.',
        'changed_meanwhile',
      );
    }
    throw error;
  }
}

export interface ConsultationFilter {
  status: ConsultationStatus;
  bodyId?: string;
  municipality?: string;
  topic?: string;
  text?: string;
}

/**
 * Newest first, narrowed by the filters the public list offers. With a body, its own partition is
 * read (by date created) and the status filtered there, so other bodies' items are never read;
 * otherwise the status partition (by date published). Either way a page is full unless the list ends.
 */
export function listConsultations(
  store: Store,
  filter: ConsultationFilter,
  cursor: string | undefined,
  limit = 25,
): Promise<Page<Consultation>> {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (filter.bodyId) {
    conditions.push('#status = :status');
    names['#status'] = 'status';
    values[':status'] = filter.status;
  }
  if (filter.municipality) {
    conditions.push('municipality = :municipality');
    values[':municipality'] = filter.municipality;
  }
  if (filter.topic) {
    conditions.push('contains(topics, :topic)');
    values[':topic'] = filter.topic;
  }
  if (filter.text) {
    conditions.push('contains(searchText, :text)');
    values[':text'] = filter.text.toLocaleLowerCase();
  }
  const query: PartitionQuery = {
    ...(filter.bodyId
      ? { index: 'gsi2', partition: ofBody(filter.bodyId) }
      : { index: 'gsi1', partition: `CONSULTATIONS#${filter.status}` }),
    newestFirst: true,
    limit,
    ...(conditions.length > 0 ? { filter: { expression: conditions.join(' AND '), names, values } } : {}),
  };
  return queryPage(store, query, cursor, parse);
}

/** A body's consultations, drafts included, newest first: the officer's list. */
export function listBodyConsultations(
  store: Store,
  bodyId: string,
  cursor: string | undefined,
): Promise<Page<Consultation>> {
  return queryPage(
    store,
    { index: 'gsi2', partition: ofBody(bodyId), newestFirst: true, limit: 25 },
    cursor,
    parse,
  );
}

const importedDrafts: PartitionQuery = {
  index: 'gsi1',
  partition: 'CONSULTATIONS#draft',
  filter: { expression: 'attribute_exists(origin)', values: {} },
};

/** Drafts imported from agenda sources, newest first: the coordinator's triage queue. */
export function listImportedDrafts(
  store: Store,
  cursor: string | undefined,
  limit = 50,
): Promise<Page<Consultation>> {
  return queryPage(store, { ...importedDrafts, newestFirst: true, limit }, cursor, parse);
}

/** How many imported drafts wait in the triage queue (a COUNT of the drafts' index partition). */
export const countImportedDrafts = (store: Store) => countAll(store, importedDrafts);

/** A published version as it was; alerts describe the version they announce. */
export async function getConsultationVersion(
  store: Store,
  id: string,
  version: number,
): Promise<Consultation | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: versionKey(id, version) }),
  );
  return Item ? parse(Item) : undefined;
}

/** A consultation's published versions, oldest first, a page at a time. */
export function listVersions(
  store: Store,
  id: string,
  cursor: string | undefined,
): Promise<Page<Consultation>> {
  return queryPage(
    store,
    { partition: consultationPartition(id), sortKeyPrefix: 'VERSION#', limit: VERSIONS_PER_PAGE },
    cursor,
    parse,
  );
}

/** Published consultations whose statement deadline has passed. */
export async function dueToClose(store: Store, now: Date): Promise<Consultation[]> {
  const items = await queryAll(store, {
    index: 'gsi1',
    partition: 'CONSULTATIONS#published',
    filter: { expression: 'statementDeadline <= :now', values: { ':now': now.toISOString() } },
  });
  return items.map(parse);
}
