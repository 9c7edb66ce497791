import type { Caller } from '#shared/auth/access.ts';
import { Conflict, Forbidden, NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { failedNames } from '#shared/store/transactions.ts';
import type { TranslatableKind } from './facts.ts';
import { getRequest } from './request-store.ts';
import { readSubject, type TranslatableSubject } from './subjects.ts';
import type { TranslationRequest } from './translation.ts';

/** Which request a route names: its subject and language. */
export interface RequestIds {
  kind: TranslatableKind;
  subjectId: string;
  language: string;
}

/** Translators of the language and the coordinator work on its requests; anyone else is refused. */
export function assertTranslatorOf(caller: Caller, language: string) {
  if (!caller.coordinator && !caller.translatorLanguages.includes(language))
    throw new Forbidden('Only translators of this language and the coordinator may do this.');
}

/** The request and its original as stored now, for a caller who may work on it. */
export async function workedRequest(
  store: Store,
  caller: Caller,
  ids: RequestIds,
): Promise<{ request: TranslationRequest; subject: TranslatableSubject }> {
  assertTranslatorOf(caller, ids.language);
  const [request, subject] = await Promise.all([
    getRequest(store, ids.kind, ids.subjectId, ids.language),
    readSubject(store, ids.kind, ids.subjectId),
  ]);
  if (!request || !subject) throw new NotFound('There is no such translation request.');
  return { request, subject };
}

export function assertStatus(request: TranslationRequest, status: TranslationRequest['status']) {
  if (request.status !== status)
    throw new Conflict(`The request is ${request.status}, not ${status}.`, 'request_status');
}

export function assertVersion(request: TranslationRequest, version: number) {
  if (request.version !== version)
    throw new Conflict(
      'Someone changed this request at the same time. Reload it and try again.',
      'changed_meanwhile',
    );
}

/** The claimer's own: saving, submitting. */
export function assertClaimer(caller: Caller, request: TranslationRequest) {
  if (request.claimedBy !== caller.personId)
    throw new Forbidden('Only the translator who claimed this request may do this.');
}

/** A request changed between its read and its write: someone else claimed or saved it first. */
export function raceLost(error: unknown): never {
  if (failedNames(error).has('request'))
    throw new Conflict(
      'Someone changed this request at the same time. Reload it and try again.',
      'changed_meanwhile',
    );
  throw error;
}

/** The caller claimed it or saved its draft at some time: they do not review it. */
export const wroteIt = (caller: Caller, request: TranslationRequest) =>
  request.claimedBy === caller.personId || (request.draftedBy ?? []).includes(caller.personId);

/** Where a request's draft stands against the original now, and what the caller may do with it. */
export function requestView(caller: Caller, request: TranslationRequest, subject: TranslatableSubject) {
  const mine = request.claimedBy === caller.personId;
  return {
    request: { ...request, claimedByMe: mine },
    original: {
      language: subject.originalLanguage,
      fields: subject.fields,
      title: subject.title,
      path: subject.path,
    },
    /** The original was amended since the draft was last saved (or the request made). */
    originalChanged: subject.sourceHash !== request.sourceHash,
    mayClaim: request.status === 'open',
    mayEdit: request.status === 'claimed' && mine,
    mayRelease: request.status === 'claimed' && (mine || caller.coordinator),
    mayReview: request.status === 'submitted' && !wroteIt(caller, request),
  };
}
export type RequestView = ReturnType<typeof requestView>;

/** A request in a list: without its draft, which the editor reads, nor who wrote it. */
export const requestSummary = (
  caller: Caller,
  { draft: _, claimedBy, draftedBy: __, ...rest }: TranslationRequest,
) => ({
  ...rest,
  claimedByMe: claimedBy === caller.personId,
});
