import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { BadRequest } from '#shared/errors.ts';
import { pauseBeforeRound } from './batch.ts';
import type { Store } from './client.ts';
import { KEY } from './table.ts';

/** One partition of the table or of an index, optionally narrowed to sort keys with a prefix. */
export interface PartitionQuery {
  index?: 'gsi1' | 'gsi2';
  partition: string;
  sortKeyPrefix?: string;
  /** Only sort keys that sort before this one (items due by a time, say). */
  sortKeyBefore?: string;
  /** Only sort keys that sort after this one (what is still to come, say). */
  sortKeyAfter?: string;
  /** Only sort keys from the first to the second, both included. */
  sortKeyBetween?: [string, string];
  /** Read what the table holds now, not what an eventually consistent read may still show (table only, no index). */
  consistentRead?: boolean;
  newestFirst?: boolean;
  limit?: number;
  /** A filter on attributes that are not keys, with its values (`:name`). */
  filter?: { expression: string; names?: Record<string, string>; values: Record<string, unknown> };
  /** How many items a filtered page may read before it stops short (default `READ_BUDGET`). */
  readBudget?: number;
}

/**
 * The items one filtered page reads at most. DynamoDB applies `Limit` before the filter, so a page
 * keeps reading until it is full; this bounds what one request can cost when matches are rare.
 */
export const READ_BUDGET = 1000;

const keysOf = { gsi1: [KEY.gsi1pk, KEY.gsi1sk], gsi2: [KEY.gsi2pk, KEY.gsi2sk] } as const;

/** The query's condition on the sort key, with its values. */
function sortKeyCondition(query: PartitionQuery): { expression: string; values: Record<string, unknown> } {
  if (query.sortKeyPrefix)
    return { expression: ' AND begins_with(#sk, :sk)', values: { ':sk': query.sortKeyPrefix } };
  if (query.sortKeyBefore) return { expression: ' AND #sk < :sk', values: { ':sk': query.sortKeyBefore } };
  if (query.sortKeyAfter) return { expression: ' AND #sk > :sk', values: { ':sk': query.sortKeyAfter } };
  if (query.sortKeyBetween) {
    const [from, to] = query.sortKeyBetween;
    return { expression: ' AND #sk BETWEEN :sk AND :skTo', values: { ':sk': from, ':skTo': to } };
  }
  return { expression: '', values: {} };
}

function toInput(store: Store, query: PartitionQuery): QueryCommandInput {
  const [pk, sk] = query.index ? keysOf[query.index] : [KEY.pk, KEY.sk];
  const sortKey = sortKeyCondition(query);
  return {
    TableName: store.tableName,
    IndexName: query.index,
    KeyConditionExpression: `#pk = :pk${sortKey.expression}`,
    FilterExpression: query.filter?.expression,
    ExpressionAttributeNames: {
      '#pk': pk,
      ...(sortKey.expression ? { '#sk': sk } : {}),
      ...query.filter?.names,
    },
    ExpressionAttributeValues: { ':pk': query.partition, ...sortKey.values, ...query.filter?.values },
    ScanIndexForward: !query.newestFirst,
    ...(query.consistentRead ? { ConsistentRead: true } : {}),
  };
}

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  cursor?: string;
}

const encode = (key: Record<string, unknown> | undefined) =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;

const invalidCursor = () => new BadRequest('The cursor is not one this API gave out.', 'invalid_cursor');
const isString = (value: unknown) => typeof value === 'string';

function decode(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Every key attribute of the table is a string; anything else is not a key this API gave out.
    if (key && typeof key === 'object' && !Array.isArray(key) && Object.values(key).every(isString))
      return key;
  } catch {
    // not base64 JSON: refused below
  }
  throw invalidCursor();
}

/** The key DynamoDB would give as `LastEvaluatedKey` had it stopped at this item. */
function keyOf(query: PartitionQuery, item: Record<string, unknown>): Record<string, unknown> {
  const names = [KEY.pk, KEY.sk, ...(query.index ? keysOf[query.index] : [])];
  return Object.fromEntries(names.map((name) => [name, item[name]]));
}

/**
 * One page of a partition, with an opaque cursor for the next. A page holds `limit` items unless
 * the partition ends, or a filtered page has read its budget: then it holds what it found, and its
 * cursor continues after the last item read, so following cursors reaches every item exactly once.
 */
export async function queryPage<T>(
  store: Store,
  query: PartitionQuery,
  cursor: string | undefined,
  map: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const limit = query.limit ?? 25;
  let budget = query.readBudget ?? READ_BUDGET;
  const given = decode(cursor);
  let start = given;
  const found: Record<string, unknown>[] = [];
  // A filtered read doubles its step while matches stay rare; an unfiltered one asks for what is missing.
  let step = limit;
  for (;;) {
    const missing = limit - found.length;
    const {
      Items = [],
      LastEvaluatedKey,
      ScannedCount,
    } = await store.db
      .send(
        new QueryCommand({
          ...toInput(store, query),
          Limit: query.filter ? Math.max(1, Math.min(step, budget)) : missing,
          ExclusiveStartKey: start,
        }),
      )
      .catch((error: unknown) => {
        // Whether a start key fits this query (its attributes, partition and sort key range) is
        // DynamoDB's to say: a cursor made up, or taken from another list, is the client's mistake.
        if (start && start === given && error instanceof Error && error.name === 'ValidationException')
          throw invalidCursor();
        throw error;
      });
    if (Items.length > missing) {
      // More matched than fit: the next page starts after the last one given.
      const taken = Items.slice(0, missing);
      found.push(...taken);
      return { items: found.map(map), cursor: encode(keyOf(query, taken[taken.length - 1] ?? {})) };
    }
    found.push(...Items);
    budget -= ScannedCount ?? Items.length;
    start = LastEvaluatedKey;
    if (!start || found.length === limit || budget <= 0)
      return { items: found.map(map), cursor: encode(start) };
    step *= 2;
  }
}

/** Queries a whole partition, page after page, handing each page's answer to `visit`. */
async function eachPage(
  store: Store,
  input: QueryCommandInput,
  visit: (page: { Items?: Record<string, unknown>[]; Count?: number }) => void,
) {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.db.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    visit(page);
    start = page.LastEvaluatedKey;
  } while (start);
}

/** Every item of a partition (for partitions known to stay small: a person's roles, a body's officers). */
export async function queryAll(store: Store, query: PartitionQuery): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  await eachPage(store, toInput(store, query), (page) => items.push(...(page.Items ?? [])));
  return items;
}

/** How many items a partition holds, counted page by page without reading them out. */
export async function countAll(store: Store, query: PartitionQuery): Promise<number> {
  let total = 0;
  await eachPage(store, { ...toInput(store, query), Select: 'COUNT' }, (page) => {
    total += page.Count ?? 0;
  });
  return total;
}

/**
 * Reads items by key, a hundred per request, until DynamoDB has answered for every key; keys left
 * unprocessed (a throttled table) are asked for again after a growing pause, a bounded number of times.
 */
export async function getMany(
  store: Store,
  keys: Record<string, unknown>[],
  projection?: string,
): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    let pending: Record<string, unknown>[] | undefined = keys.slice(i, i + 100);
    for (let round = 0; pending && pending.length > 0; round += 1) {
      if (round > 0) await pauseBeforeRound(round - 1);
      const answer: BatchGetCommandOutput = await store.db.send(
        new BatchGetCommand({
          RequestItems: { [store.tableName]: { Keys: pending, ProjectionExpression: projection } },
        }),
      );
      found.push(...(answer.Responses?.[store.tableName] ?? []));
      pending = answer.UnprocessedKeys?.[store.tableName]?.Keys;
    }
  }
  return found;
}
