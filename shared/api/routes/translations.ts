import * as z from 'zod/mini';
import { languageCode } from '#shared/i18n/language-codes.ts';
import { translatableKinds } from '#shared/translations/facts.ts';
import { readerTranslation } from '#shared/translations/translation.ts';
import { defineRoute } from '../contract.ts';
import { id } from './common.ts';

export const translationsRoutes = {
  readTranslations: defineRoute({
    method: 'GET',
    path: '/api/translations/{kind}/{subjectId}',
    access: 'public',
    summary:
      "A published text's translations (or the one in `language`): each marked reviewed by a person or a machine draft, and outdated when the original changed since.",
    tags: ['translations'],
    params: z.object({ kind: z.enum(translatableKinds), subjectId: id }),
    query: z.object({ language: z.optional(languageCode) }),
    response: z.object({ items: z.array(readerTranslation) }),
  }),
};
