import * as z from 'zod/mini';
import type { Store } from '#shared/store/client.ts';
import { getMany } from '#shared/store/query.ts';
import { translationMarks } from './facts.ts';
import type { TranslatableSubject } from './subjects.ts';
import { storedTranslation } from './translation.ts';
import { translationKey } from './translation-keys.ts';

/** A listed text's title as the network translated it: its mark, and whether the original changed since. */
export const listTitle = z.object({
  language: z.string(),
  title: z.string(),
  mark: z.enum(translationMarks),
  outdated: z.boolean(),
});
export type ListTitle = z.output<typeof listTitle>;

/**
 * The published titles in `language` of the subjects a list shows, by subject id: one batch read
 * for the page, whatever its length. A subject written in that language, or unpublished, has none.
 */
export async function titlesIn(
  store: Store,
  subjects: TranslatableSubject[],
  language: string,
): Promise<Map<string, ListTitle>> {
  const wanted = new Map(
    subjects.filter((s) => s.published && s.originalLanguage !== language).map((s) => [s.id, s]),
  );
  if (wanted.size === 0) return new Map();
  const found = await getMany(
    store,
    [...wanted.values()].map((s) => translationKey(s.kind, s.id, language)),
  );
  const titles = new Map<string, ListTitle>();
  for (const item of found) {
    const translation = storedTranslation.parse(item);
    const subject = wanted.get(translation.subjectId);
    const title = translation.fields.title;
    if (!subject || !title) continue;
    titles.set(subject.id, {
      language,
      title,
      mark: translation.mark,
      outdated: translation.sourceHash !== subject.sourceHash,
    });
  }
  return titles;
}
