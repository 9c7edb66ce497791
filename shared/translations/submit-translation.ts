import type { Caller } from '#shared/auth/access.ts';
import { Conflict, ValidationFailed } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { transact } from '#shared/store/transactions.ts';
import {
  assertClaimer,
  assertStatus,
  assertVersion,
  type RequestIds,
  type RequestView,
  raceLost,
  requestView,
  workedRequest,
} from './request-access.ts';
import { requestSave } from './request-store.ts';
import type { TranslatableSubject } from './subjects.ts';
import type { TranslationRequest } from './translation.ts';

/** A submitted translation translates every text of the original as it now is. */
export function assertComplete(request: TranslationRequest, subject: TranslatableSubject) {
  const missing = Object.keys(subject.fields).filter((name) => !request.draft[name]?.trim());
  if (missing.length > 0)
    throw new ValidationFailed(
      missing.map((name) => ({
        field: `fields.${name}`,
        message: 'Translate this text before submitting.',
        code: 'required' as const,
      })),
      'Every text of the original needs its translation.',
    );
  if (request.sourceHash !== subject.sourceHash)
    throw new Conflict(
      'The original was changed after the translation was last saved: read the change, save, then submit.',
      'original_changed',
    );
}

/** The claimer hands their saved translation to review: a second translator or the coordinator. */
export async function submitTranslation(
  store: Store,
  caller: Caller,
  ids: RequestIds,
  input: { version: number },
  now: Date,
): Promise<RequestView> {
  const { request, subject } = await workedRequest(store, caller, ids);
  assertStatus(request, 'claimed');
  assertClaimer(caller, request);
  assertVersion(request, input.version);
  assertComplete(request, subject);
  const { returnNote: _, ...rest } = request;
  const after: TranslationRequest = {
    ...rest,
    status: 'submitted',
    submittedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: request.version + 1,
  };
  await transact(store, [requestSave(request, after)]).catch(raceLost);
  return requestView(caller, after, subject);
}
