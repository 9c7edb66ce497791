import * as z from 'zod/mini';
import { DomainError } from '#shared/errors.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import { httpUrl } from '#shared/text.ts';
import { fetchWhole } from './fetch-document.ts';
import { sourceKinds } from './kinds.ts';
import { type PollOptions, readSource } from './poll.ts';
import { UnreadableSource } from './read-items.ts';
import { jsonMapping, MAPPING_REQUIRED, missesMapping, type SourceItem, sourceItem } from './source.ts';

/** How many of the items read a preview shows. */
export const PREVIEW_ITEMS = 10;

/** What a preview reads: a source's address and reading, before it is saved. */
export const previewInput = z
  .object({
    kind: z.enum(sourceKinds),
    url: httpUrl,
    mapping: z.optional(jsonMapping),
    language: z._default(z.enum(languageCodes), 'fi'),
  })
  .check(
    z.refine((s) => !missesMapping(s), {
      message: MAPPING_REQUIRED.message,
      params: { code: MAPPING_REQUIRED.code },
      path: [MAPPING_REQUIRED.field],
    }),
  );
export type PreviewInput = z.output<typeof previewInput>;

export const previewFound = z.object({ found: z.int(), items: z.array(sourceItem) });

/** What a preview answers: the items as read, or why the document cannot be read. */
export const previewResult = z.union([
  z.extend(previewFound, { status: z.literal('read') }),
  z.object({
    status: z.literal('unreadable'),
    code: z.string(),
    message: z.string(),
    params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  }),
]);
export type PreviewResult = z.output<typeof previewResult>;

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
    return {
      status: 'unreadable',
      code: error.code,
      message: error.message,
      ...(error instanceof UnreadableSource && error.params ? { params: error.params } : {}),
    };
  }
}
