import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { countAll, type Page, type PartitionQuery, queryAll, queryPage } from '#shared/store/query.ts';
import { failedNames, type TransactItem, transact } from '#shared/store/transactions.ts';
import type { RequestStatus, TranslatableKind } from './facts.ts';
import { storedTranslationRequest, type TranslationRequest } from './translation.ts';
import { ALL_REQUESTS, requestIndexKeys, requestKey, requestsInLanguage } from './translation-keys.ts';

export async function getRequest(
  store: Store,
  kind: TranslatableKind,
  subjectId: string,
  language: string,
): Promise<TranslationRequest | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: requestKey(kind, subjectId, language),
      ConsistentRead: true,
    }),
  );
  return Item ? storedTranslationRequest.parse(Item) : undefined;
}

const holdsOver = 'version = :version AND #status = :status';

/**
 * A request's change, for a transaction: it holds only over the version and status read, and
 * its index keys follow its status (both sort by status first).
 */
export const requestSave = (before: TranslationRequest, after: TranslationRequest): TransactItem => ({
  name: 'request',
  Put: {
    TableName: '',
    Item: {
      ...requestKey(after.kind, after.subjectId, after.language),
      ...requestIndexKeys(after),
      entity: 'translation-request',
      ...after,
    },
    ConditionExpression: holdsOver,
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':version': before.version, ':status': before.status },
  },
});

/** Publishing ends the request: it is deleted if it is still the version and status read. */
export const requestEnd = (before: TranslationRequest): TransactItem => ({
  name: 'request',
  Delete: {
    TableName: '',
    Key: requestKey(before.kind, before.subjectId, before.language),
    ConditionExpression: holdsOver,
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':version': before.version, ':status': before.status },
  },
});

/**
 * Which requests a list holds: one language's (gsi1) or every one (gsi2), of a status or any,
 * and for a translator only theirs to act on: open ones, those they claimed, and those another
 * translator submitted for review (not one whose draft they saved once).
 */
export interface RequestQuery {
  language?: string;
  status?: RequestStatus;
  /** The translator the list is for; none for the coordinator, who sees every request. */
  translator?: string;
  limit?: number;
}

const theirs = (personId: string): PartitionQuery['filter'] => ({
  expression:
    '#status = :open OR (#status = :claimed AND claimedBy = :me) OR (#status = :submitted AND claimedBy <> :me AND NOT contains(draftedBy, :me))',
  names: { '#status': 'status' },
  values: { ':open': 'open', ':claimed': 'claimed', ':submitted': 'submitted', ':me': personId },
});

export function listRequests(
  store: Store,
  query: RequestQuery,
  cursor: string | undefined,
): Promise<Page<TranslationRequest>> {
  return queryPage(
    store,
    {
      ...(query.language
        ? { index: 'gsi1', partition: requestsInLanguage(query.language) }
        : { index: 'gsi2', partition: ALL_REQUESTS }),
      ...(query.status ? { sortKeyPrefix: `${query.status}#` } : {}),
      ...(query.translator ? { filter: theirs(query.translator) } : {}),
      limit: query.limit ?? 25,
    },
    cursor,
    (item) => storedTranslationRequest.parse(item),
  );
}

/** How many requests of a language (or of all) are in a status: a COUNT of the index's range. */
export const countRequests = (store: Store, status: RequestStatus, language?: string) =>
  countAll(store, {
    ...(language
      ? { index: 'gsi1', partition: requestsInLanguage(language) }
      : { index: 'gsi2', partition: ALL_REQUESTS }),
    sortKeyPrefix: `${status}#`,
  });

/** Open requests made before a time (none claimed them since): gsi2's open range up to it, oldest first. */
export async function listOpenSince(
  store: Store,
  before: Date,
  limit: number,
): Promise<{ items: TranslationRequest[]; count: number }> {
  const range: PartitionQuery = {
    index: 'gsi2',
    partition: ALL_REQUESTS,
    sortKeyBetween: ['open#', `open#${before.toISOString()}`],
  };
  const [page, count] = await Promise.all([
    queryPage(store, { ...range, limit }, undefined, (item) => storedTranslationRequest.parse(item)),
    countAll(store, range),
  ]);
  return { items: page.items, count };
}

/** A claimed request given back to the desk, its draft kept: open again, without its claimer or a reviewer's note. */
export function reopened(request: TranslationRequest, now: Date): TranslationRequest {
  const { claimedBy: _, claimedAt: __, returnNote: ___, ...rest } = request;
  return { ...rest, status: 'open', updatedAt: now.toISOString(), version: request.version + 1 };
}

/**
 * A translator's role ended (or lost these languages): the requests they had claimed in them go
 * back to the desk, as a release would, so none waits on someone who no longer translates. A
 * request changed meanwhile (submitted, released) is left as it now is.
 */
export async function reopenClaimsOf(
  store: Store,
  personId: string,
  languages: string[],
  now: Date,
): Promise<void> {
  for (const language of languages) {
    const claimed = await queryAll(store, {
      index: 'gsi1',
      partition: requestsInLanguage(language),
      sortKeyPrefix: 'claimed#',
      filter: { expression: 'claimedBy = :me', values: { ':me': personId } },
    });
    for (const item of claimed) {
      const request = storedTranslationRequest.parse(item);
      await transact(store, [requestSave(request, reopened(request, now))]).catch((error) => {
        if (!failedNames(error).has('request')) throw error;
      });
    }
  }
}
