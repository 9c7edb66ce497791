import { actorOf } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict, Forbidden, ValidationFailed } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { putItem, transact } from '#shared/store/transactions.ts';
import {
  assertStatus,
  assertVersion,
  type RequestIds,
  raceLost,
  requestView,
  workedRequest,
  wroteIt,
} from './request-access.ts';
import { requestEnd, requestSave } from './request-store.ts';
import type { Translation, TranslationRequest } from './translation.ts';
import { translationKey } from './translation-keys.ts';

export interface ReviewInput {
  outcome: 'publish' | 'return';
  note?: string;
  version: number;
}

/**
 * A second translator of the language, or the coordinator, reviews a submitted translation: never
 * its translator nor anyone who saved its draft before (`draftedBy`). Publishing writes what readers see, marked reviewed by both, in the
 * transaction that ends the request; it is refused while the original differs from the text the
 * translation was saved against, so a translation of an old text is never published as current.
 * Returning sends it back to its translator with a note.
 */
export async function reviewTranslation(
  store: Store,
  caller: Caller,
  ids: RequestIds,
  input: ReviewInput,
  now: Date,
) {
  const { request, subject } = await workedRequest(store, caller, ids);
  assertStatus(request, 'submitted');
  if (wroteIt(caller, request))
    throw new Forbidden('A translation is reviewed by someone who did not write it.');
  assertVersion(request, input.version);
  if (input.outcome === 'return') {
    if (!input.note)
      throw new ValidationFailed([{ field: 'note', message: 'Say what to change.', code: 'required' }]);
    const { submittedAt: _, ...rest } = request;
    const after: TranslationRequest = {
      ...rest,
      status: 'claimed',
      returnNote: input.note,
      updatedAt: now.toISOString(),
      version: request.version + 1,
    };
    await transact(store, [
      requestSave(request, after),
      putItem(
        auditItem(
          {
            actor: actorOf(caller),
            action: 'translation.returned',
            after: { ...ids, note: input.note },
          },
          now,
        ),
      ),
    ]).catch(raceLost);
    return { ...requestView(caller, after, subject), published: null };
  }
  if (request.sourceHash !== subject.sourceHash)
    throw new Conflict(
      'The original was changed after this translation was saved: return it to its translator to bring it up to date.',
      'original_changed',
    );
  const translation: Translation = {
    kind: ids.kind,
    subjectId: ids.subjectId,
    language: ids.language,
    fields: request.draft,
    mark: 'reviewed',
    sourceHash: subject.sourceHash,
    publishedAt: now.toISOString(),
    translatedBy: request.claimedBy,
    reviewedBy: caller.personId,
  };
  await transact(store, [
    requestEnd(request),
    putItem({
      ...translationKey(ids.kind, ids.subjectId, ids.language),
      entity: 'translation',
      ...translation,
    }),
    putItem(auditItem({ actor: actorOf(caller), action: 'translation.published', after: ids }, now)),
  ]).catch(raceLost);
  return { ...requestView(caller, request, subject), published: translation };
}
