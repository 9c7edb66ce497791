import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import type { TranslatableKind } from './facts.ts';
import type { TranslatableSubject } from './subjects.ts';
import { storedTranslationRequest, type TranslationRequest } from './translation.ts';
import { REQUEST_PREFIX, requestKey, subjectPartition } from './translation-keys.ts';

/** A subject's requests in every language (one Query of its partition). */
export async function listRequests(
  store: Store,
  kind: TranslatableKind,
  subjectId: string,
): Promise<TranslationRequest[]> {
  const items = await queryAll(store, {
    partition: subjectPartition(kind, subjectId),
    sortKeyPrefix: REQUEST_PREFIX,
  });
  return items.map((item) => storedTranslationRequest.parse(item));
}

/**
 * An open request made for an earlier text of its original, brought up to date: it now asks for
 * the original as it is (hash and title), in a new version. Answers false, writing nothing, when
 * the request changed meanwhile (claimed, saved): its translator's work is not moved under them.
 */
export async function bringUpToDate(
  store: Store,
  request: TranslationRequest,
  subject: TranslatableSubject,
  now: Date,
): Promise<boolean> {
  try {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: requestKey(request.kind, request.subjectId, request.language),
        UpdateExpression: 'SET sourceHash = :hash, title = :title, updatedAt = :at, #version = :next',
        ConditionExpression: '#version = :version AND #status = :open',
        ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
        ExpressionAttributeValues: {
          ':hash': subject.sourceHash,
          ':title': subject.title,
          ':at': now.toISOString(),
          ':next': request.version + 1,
          ':version': request.version,
          ':open': 'open',
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
