import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, type TransactItem, transact } from '#shared/store/transactions.ts';
import type { Translation, TranslationFields, TranslationRequest } from './translation.ts';
import { requestKey, translationKey } from './translation-keys.ts';

/** The request as `requestTranslations` wrote it: nobody has touched it, nor made its draft. */
export const untouched = (r: TranslationRequest) =>
  r.version === 1 && r.status === 'open' && r.draftFrom === 'empty';

/**
 * The machine draft in one transaction: the request starts from it (a new version, so a save over
 * the empty one is refused), and readers are shown it, marked `machine`, where no person's
 * translation is (an earlier machine draft is replaced; a reviewed translation never is). Answers
 * what was written: nothing when the request had changed since it was made (claimed, saved, or
 * drafted already by this same record, delivered again).
 */
export async function writeMachineDraft(
  store: Store,
  request: TranslationRequest,
  draft: TranslationFields,
  sourceHash: string,
  now: Date,
): Promise<{ request: boolean; translation: boolean }> {
  const at = now.toISOString();
  const requestUpdate: TransactItem = {
    name: 'request',
    Update: {
      TableName: '',
      Key: requestKey(request.kind, request.subjectId, request.language),
      UpdateExpression: 'SET draft = :draft, draftFrom = :machine, #version = :next, updatedAt = :at',
      ConditionExpression: '#version = :first AND #status = :open AND draftFrom = :empty',
      ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
      ExpressionAttributeValues: {
        ':draft': draft,
        ':machine': 'machine',
        ':next': 2,
        ':first': 1,
        ':open': 'open',
        ':empty': 'empty',
        ':at': at,
      },
    },
  };
  const translation: Translation = {
    kind: request.kind,
    subjectId: request.subjectId,
    language: request.language,
    fields: draft,
    mark: 'machine',
    sourceHash,
    publishedAt: at,
  };
  const translationPut: TransactItem = {
    name: 'translation',
    Put: {
      TableName: '',
      Item: {
        ...translationKey(request.kind, request.subjectId, request.language),
        entity: 'translation',
        ...translation,
      },
      ConditionExpression: `attribute_not_exists(${KEY.pk}) OR #mark = :machine`,
      ExpressionAttributeNames: { '#mark': 'mark' },
      ExpressionAttributeValues: { ':machine': 'machine' },
    },
  };
  try {
    await transact(store, [requestUpdate, translationPut]);
    return { request: true, translation: true };
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('request')) return { request: false, translation: false };
    if (!failed.has('translation')) throw error;
  }
  // A person's translation is published in that language: the draft is only the translator's.
  try {
    await transact(store, [requestUpdate]);
    return { request: true, translation: false };
  } catch (error) {
    if (failedNames(error).has('request')) return { request: false, translation: false };
    throw error;
  }
}
