import type { Consultation } from '#shared/consultations/consultation.ts';
import type { Store } from '#shared/store/client.ts';
import { consultationSubject } from '#shared/translations/subjects.ts';
import { getTranslation } from '#shared/translations/translation-store.ts';

/** What an alert shows of a translation: the title and the plain-language summary. */
export interface AlertText {
  title: string;
  summary: string;
}

/** Whether a reader of the language needs a translation: the consultation has no text of its own in it. */
export const needsTranslation = (c: Pick<Consultation, 'texts'>, language: string) =>
  !(c.texts as Record<string, unknown>)[language];

/**
 * The network's reviewed translation of the consultation as it now is, in the language, if there is
 * one: a machine draft does not count, nor a translation of an earlier version (its hash differs).
 */
export async function reviewedTranslation(
  store: Store,
  c: Consultation,
  language: string,
): Promise<AlertText | undefined> {
  if (!needsTranslation(c, language)) return undefined;
  const found = await getTranslation(store, 'consultation', c.id, language);
  if (found?.mark !== 'reviewed' || found.sourceHash !== consultationSubject(c).sourceHash) return undefined;
  const { title, plainSummary, summary } = found.fields;
  if (!title) return undefined;
  return { title, summary: plainSummary ?? summary ?? '' };
}
