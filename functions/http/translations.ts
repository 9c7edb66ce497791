import { translationsRoutes as routes } from '#shared/api/routes/translations.ts';
import { store } from '#shared/store/client.ts';
import { readTranslations } from '#shared/translations/read-translations.ts';
import { httpFunction } from '../lib/http.ts';

export const handler = httpFunction(routes, {
  readTranslations: async ({ params, query }) =>
    readTranslations(store(), params.kind, params.subjectId, query.language),
});
