import { hsdsRoutes as routes } from '#shared/api/routes/hsds.ts';
import { config } from '#shared/config.ts';
import { store } from '#shared/store/client.ts';
import {
  hsdsOrganizationById,
  hsdsOrganizationPage,
  hsdsServiceById,
  hsdsServicePage,
} from '#shared/tray/hsds-store.ts';
import { httpFunction } from '../lib/http.ts';

const context = (language = 'fi') => ({ publicBaseUrl: config().publicBaseUrl, language });

export const handler = httpFunction(routes, {
  hsdsServices: async ({ query, now }) =>
    hsdsServicePage(store(), { page: query.page, perPage: query.per_page }, context(query.lang), now),
  hsdsService: async ({ params, query, now }) =>
    hsdsServiceById(store(), params.id, context(query.lang), now),
  hsdsOrganizations: async ({ query }) =>
    hsdsOrganizationPage(store(), { page: query.page, perPage: query.per_page }, context()),
  hsdsOrganization: async ({ params }) => hsdsOrganizationById(store(), params.id, context()),
});
