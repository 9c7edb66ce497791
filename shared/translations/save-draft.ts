import type { Caller } from '#shared/auth/access.ts';
import { type FieldProblem, ValidationFailed } from '#shared/errors.ts';
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
import type { TranslationFields, TranslationRequest } from './translation.ts';

/** A draft names only the original's fields. */
function unknownFields(fields: TranslationFields, subject: TranslatableSubject): FieldProblem[] {
  return Object.keys(fields)
    .filter((name) => !(name in subject.fields))
    .map((name) => ({
      field: `fields.${name}`,
      message: 'The original has no such text.',
      code: 'unknownField' as const,
    }));
}

/**
 * The claimer saves their translation, over the version they read. Saving is working from the
 * original as it now is: the request's `sourceHash` comes up to date with it, so an editor that
 * showed a change of the original stops showing it once the translator saved. Fields may be
 * missing or empty while they write; submitting asks for all.
 */
export async function saveDraft(
  store: Store,
  caller: Caller,
  ids: RequestIds,
  input: { fields: TranslationFields; version: number },
  now: Date,
): Promise<RequestView> {
  const { request, subject } = await workedRequest(store, caller, ids);
  assertStatus(request, 'claimed');
  assertClaimer(caller, request);
  assertVersion(request, input.version);
  const problems = unknownFields(input.fields, subject);
  if (problems.length > 0) throw new ValidationFailed(problems);
  // A field the original no longer has is dropped with the rest of what the translator replaced.
  const draft = Object.fromEntries(
    Object.entries(input.fields)
      .map(([name, value]) => [name, value.trim()] as const)
      .filter(([, value]) => value.length > 0),
  );
  const after: TranslationRequest = {
    ...request,
    draft,
    sourceHash: subject.sourceHash,
    updatedAt: now.toISOString(),
    version: request.version + 1,
  };
  await transact(store, [requestSave(request, after)]).catch(raceLost);
  return requestView(caller, after, subject);
}
