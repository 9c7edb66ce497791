import { DomainError } from '#shared/errors.ts';
import { fetchWhole } from './fetch-document.ts';
import { type PollOptions, problemOf, readSource } from './poll.ts';
import { PREVIEW_ITEMS, type PreviewInput, type PreviewResult } from './preview.ts';
import type { SourceItem } from './source.ts';

/**
 * Reads a source as a poll would (the same fetch, with the same guards, and the same readers) and
 * saves nothing: the coordinator sees its first items, or why it cannot be read, before adding it.
 */
export async function previewSource(
  input: PreviewInput,
  options: PollOptions,
  now: Date,
): Promise<PreviewResult> {
  try {
    const fetched = await fetchWhole({ url: input.url, ...options });
    const items: SourceItem[] = await readSource(input, fetched, options, now);
    return { status: 'read', found: items.length, items: items.slice(0, PREVIEW_ITEMS) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { status: 'unreadable', ...problemOf(error) };
  }
}
