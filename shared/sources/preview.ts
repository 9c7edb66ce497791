import * as z from 'zod/mini';
import { languageCodes } from '#shared/i18n/languages.ts';
import { httpUrl } from '#shared/text.ts';
import { sourceKinds } from './kinds.ts';
import { jsonMapping, MAPPING_REQUIRED, missesMapping, sourceItem, sourceProblem } from './source.ts';

// The shapes of a preview, apart from its reading (preview-source.ts): the API's routes carry these
// into every function that serves or documents them, and only poll-sources needs the readers.

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
  z.extend(sourceProblem, { status: z.literal('unreadable') }),
]);
export type PreviewResult = z.output<typeof previewResult>;
