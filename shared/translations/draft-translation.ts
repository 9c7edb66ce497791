import type { Store } from '#shared/store/client.ts';
import type { TranslatableKind } from './facts.ts';
import { untouched, writeMachineDraft } from './machine-draft-store.ts';
import type { MachineTranslator } from './machine-translator.ts';
import { getRequest } from './request-store.ts';
import { readSubject } from './subjects.ts';

export type DraftOutcome =
  /** The request starts from the machine draft; `shown` when readers see it too (no person's translation is there). */
  | { drafted: true; shown: boolean }
  /** The request is gone, was taken, or already has its draft (a redelivered record), or the pair is unsupported. */
  | { drafted: false; why: 'not-open' | 'not-published' | 'unsupported' };

/**
 * A new request's machine draft: the subject's texts as they are now, translated from the
 * original's language into the request's. Read first, so a redelivered record or a request a
 * translator took meanwhile costs no translation; written only over the request as it was made.
 */
export async function draftTranslation(
  store: Store,
  translator: MachineTranslator,
  of: { kind: TranslatableKind; subjectId: string; language: string },
  now: Date,
): Promise<DraftOutcome> {
  const request = await getRequest(store, of.kind, of.subjectId, of.language);
  if (!request || !untouched(request)) return { drafted: false, why: 'not-open' };
  const subject = await readSubject(store, of.kind, of.subjectId);
  if (!subject?.published) return { drafted: false, why: 'not-published' };
  const draft = await translator.translate(subject.fields, subject.originalLanguage, of.language);
  if (!draft) return { drafted: false, why: 'unsupported' };
  const written = await writeMachineDraft(store, request, draft, subject.sourceHash, now);
  return written.request
    ? { drafted: true, shown: written.translation }
    : { drafted: false, why: 'not-open' };
}
