import type { Store } from '#shared/store/client.ts';
import { getMany } from '#shared/store/query.ts';
import { createOnce } from '#shared/store/transactions.ts';
import { translationLimits } from './facts.ts';
import { neededLanguages } from './needs-store.ts';
import type { TranslatableSubject } from './subjects.ts';
import { storedTranslation, storedTranslationRequest, type TranslationRequest } from './translation.ts';
import { requestIndexKeys, requestKey, translationKey } from './translation-keys.ts';

export interface RequestReport {
  /** Requests written now. */
  requested: string[];
  /** Languages already translated from this very original, or already requested. */
  unchanged: string[];
}

/**
 * One request per missing language of a published subject, each written once (a redelivered
 * stream record or a second ask writes nothing twice). A language is missing when no person's
 * translation of the original as it now is exists: a machine draft does not count, and a reviewed
 * translation of an earlier version is where the new request's draft starts. The original's own
 * language is never requested.
 */
export async function requestTranslations(
  store: Store,
  subject: TranslatableSubject,
  now: Date,
  languages?: string[],
): Promise<RequestReport> {
  const report: RequestReport = { requested: [], unchanged: [] };
  if (!subject.published || Object.keys(subject.fields).length === 0) return report;
  // Each language once: BatchGet refuses a key asked for twice.
  const wanted = [...new Set(languages ?? (await neededLanguages(store)))]
    .filter((language) => language !== subject.originalLanguage)
    .slice(0, translationLimits.requestsPerSubject);
  if (wanted.length === 0) return report;
  const [translations, requests] = await Promise.all([
    getMany(
      store,
      wanted.map((language) => translationKey(subject.kind, subject.id, language)),
    ).then(
      (items) => new Map(items.map((item) => storedTranslation.parse(item)).map((t) => [t.language, t])),
    ),
    getMany(
      store,
      wanted.map((language) => requestKey(subject.kind, subject.id, language)),
    ).then(
      (items) =>
        new Map(items.map((item) => storedTranslationRequest.parse(item)).map((r) => [r.language, r])),
    ),
  ]);
  for (const language of wanted) {
    const done = translations.get(language);
    const current = done?.mark === 'reviewed' && done.sourceHash === subject.sourceHash;
    if (current || requests.has(language)) {
      report.unchanged.push(language);
      continue;
    }
    const earlier = done?.mark === 'reviewed' ? done.fields : undefined;
    const request: TranslationRequest = {
      kind: subject.kind,
      subjectId: subject.id,
      language,
      sourceLanguage: subject.originalLanguage,
      sourceHash: subject.sourceHash,
      title: subject.title,
      status: 'open',
      draft: earlier ?? {},
      draftFrom: earlier ? 'earlier' : 'empty',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: 1,
    };
    const written = await createOnce(store, {
      ...requestKey(subject.kind, subject.id, language),
      ...requestIndexKeys(request),
      entity: 'translation-request',
      ...request,
    });
    (written ? report.requested : report.unchanged).push(language);
  }
  return report;
}
