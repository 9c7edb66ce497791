import type { Store } from '#shared/store/client.ts';
import { bringUpToDate, listRequests } from './open-requests-store.ts';
import { type RequestReport, requestTranslations } from './request-translations.ts';
import type { TranslatableSubject } from './subjects.ts';
import { listTranslations } from './translation-store.ts';

export interface AmendmentReport extends RequestReport {
  /** Open requests that now ask for the original as it is. */
  updated: string[];
}

/**
 * What an amended original's translations need: a new request in each language whose person's
 * translation is now of an earlier version (its draft that translation), and every open request
 * brought up to the new text. `languages` limits it (a statement is translated only in the
 * languages its lead asked for: those it has a translation or a request in); by default the
 * languages the network needs, as at publication.
 */
export async function followAmendment(
  store: Store,
  subject: TranslatableSubject,
  now: Date,
  languages?: string[],
): Promise<AmendmentReport> {
  const report = await requestTranslations(store, subject, now, languages);
  const updated: string[] = [];
  for (const request of await listRequests(store, subject.kind, subject.id)) {
    if (request.sourceHash === subject.sourceHash || request.status !== 'open') continue;
    if (await bringUpToDate(store, request, subject, now)) updated.push(request.language);
  }
  return { ...report, updated };
}

/** The languages a subject is translated or requested in: where the lead of a statement asked. */
export async function languagesInHand(store: Store, subject: TranslatableSubject): Promise<string[]> {
  const [translations, requests] = await Promise.all([
    listTranslations(store, subject.kind, subject.id),
    listRequests(store, subject.kind, subject.id),
  ]);
  return [...new Set([...translations, ...requests].map((t) => t.language))].sort();
}
