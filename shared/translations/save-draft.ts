import type { Caller } from '#shared/auth/access.ts';
import { type FieldProblem, ValidationFailed } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { transact } from '#shared/store/transactions.ts';
import { translationLimits } from './facts.ts';
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

const utf8 = new TextEncoder();

/** The draft is stored in the request's item: its texts together fit in it with the rest. */
function tooLongToStore(draft: TranslationFields): FieldProblem[] {
  const bytes = Object.values(draft).reduce((sum, value) => sum + utf8.encode(value).length, 0);
  return bytes <= translationLimits.draftBytes
    ? []
    : [
        {
          field: 'fields',
          message: 'The texts together are too long to store: shorten them.',
          code: 'tooLongToStore',
        },
      ];
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
  const unknown = unknownFields(input.fields, subject);
  if (unknown.length > 0) throw new ValidationFailed(unknown);
  // A field the original no longer has is dropped with the rest of what the translator replaced.
  const draft = Object.fromEntries(
    Object.entries(input.fields)
      .map(([name, value]) => [name, value.trim()] as const)
      .filter(([, value]) => value.length > 0),
  );
  const tooLong = tooLongToStore(draft);
  if (tooLong.length > 0) throw new ValidationFailed(tooLong);
  const after: TranslationRequest = {
    ...request,
    draft,
    // Everyone who wrote it, so none of them reviews it (a draft released and claimed by another is still theirs).
    draftedBy: [...new Set([...(request.draftedBy ?? []), caller.personId])],
    sourceHash: subject.sourceHash,
    updatedAt: now.toISOString(),
    version: request.version + 1,
  };
  await transact(store, [requestSave(request, after)]).catch(raceLost);
  return requestView(caller, after, subject);
}
