import type { TranslatableKind } from '#shared/translations/facts.ts';
import type { ReaderTranslation } from '#shared/translations/translation.ts';
import { useResource } from '../load.tsx';

/**
 * The network's translation of a published text into one language, if there is one: `null` asks
 * for nothing (a draft, or a text the reader has in their language already). A failed read is as
 * good as none: the original is shown.
 */
export function useReaderTranslation(
  kind: TranslatableKind,
  subjectId: string | null,
  language: string,
): ReaderTranslation | undefined {
  const found = useResource<{ items: ReaderTranslation[] }>(
    subjectId === null
      ? null
      : `/api/translations/${kind}/${encodeURIComponent(subjectId)}?language=${encodeURIComponent(language)}`,
  );
  return found.data?.items.find((item) => item.language === language);
}
