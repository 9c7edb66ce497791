import type { Store } from '#shared/store/client.ts';
import { putItem, transact } from '#shared/store/transactions.ts';
import type { TranslationMark } from '#shared/translations/facts.ts';
import type { TranslatableSubject } from '#shared/translations/subjects.ts';
import type { Translation, TranslationFields } from '#shared/translations/translation.ts';
import { requestKey, translationKey } from '#shared/translations/translation-keys.ts';

/**
 * A translation as the workflow publishes it (shared/translations/translation-keys.ts): the
 * translation item, and the end of the language's request. For tests of what FOLLOWS a published
 * translation (alerts, readers); the workflow's own tests publish through its routes.
 */
export async function publishTranslationItem(
  store: Store,
  subject: TranslatableSubject,
  language: string,
  fields: TranslationFields,
  now: Date,
  mark: TranslationMark = 'reviewed',
): Promise<Translation> {
  const translation: Translation = {
    kind: subject.kind,
    subjectId: subject.id,
    language,
    fields,
    mark,
    sourceHash: subject.sourceHash,
    publishedAt: now.toISOString(),
    ...(mark === 'reviewed' ? { translatedBy: 'test-translator', reviewedBy: 'test-reviewer' } : {}),
  };
  await transact(store, [
    putItem({ ...translationKey(subject.kind, subject.id, language), entity: 'translation', ...translation }),
    { Delete: { TableName: '', Key: requestKey(subject.kind, subject.id, language) } },
  ]);
  return translation;
}
