import { openApiDocument } from '#shared/api/openapi.ts';
import { openapiRoutes } from '#shared/api/routes/service.ts';
import { routes } from '#shared/api/routes.ts';
import { config } from '#shared/config.ts';
import { HttpReply, httpFunction } from '../lib/http.ts';

let document: string | undefined;

export const handler = httpFunction(openapiRoutes, {
  openapi: async () => {
    document ??= JSON.stringify(openApiDocument(routes, { serverUrl: config().publicBaseUrl }));
    return new HttpReply({
      statusCode: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' },
      body: document,
    });
  },
});
