import { NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import type { TranslatableKind } from './facts.ts';
import { readSubject } from './subjects.ts';
import type { ReaderTranslation, Translation } from './translation.ts';
import { listTranslations } from './translation-store.ts';

/** What a reader sees of a translation: never who translated or reviewed it. */
const forReader = (t: Translation, sourceHash: string): ReaderTranslation => ({
  language: t.language,
  fields: t.fields,
  mark: t.mark,
  outdated: t.sourceHash !== sourceHash,
  publishedAt: t.publishedAt,
});

/**
 * A published subject's translations (or the one in `language`), each marked reviewed or machine
 * and outdated when the original was amended since. A subject readers may not see (a draft) is not
 * there, as its own route answers the public.
 */
export async function readTranslations(
  store: Store,
  kind: TranslatableKind,
  subjectId: string,
  language?: string,
): Promise<{ items: ReaderTranslation[] }> {
  const [subject, translations] = await Promise.all([
    readSubject(store, kind, subjectId),
    listTranslations(store, kind, subjectId),
  ]);
  if (!subject?.published) throw new NotFound('There is no such published text.');
  return {
    items: translations
      .filter((t) => language === undefined || t.language === language)
      .map((t) => forReader(t, subject.sourceHash)),
  };
}
