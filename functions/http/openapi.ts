import { openApiDocument } from '#shared/api/openapi.ts';
import { openapiRoutes as routes } from '#shared/api/routes/service.ts';
import { config } from '#shared/config.ts';
import { httpRoutes } from '../catalog.ts';
import { HttpReply, httpFunction } from '../lib/http.ts';

let document: string | undefined;

export const handler = httpFunction(routes, {
  openapi: async () => {
    document ??= JSON.stringify(
      openApiDocument(
        httpRoutes().map(({ route }) => route),
        { version: '0.1.0', serverUrl: config().publicBaseUrl },
      ),
    );
    return new HttpReply({
      statusCode: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' },
      body: document,
    });
  },
});
