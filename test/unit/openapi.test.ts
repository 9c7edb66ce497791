import { describe, expect, it } from 'vitest';
import { httpRoutes } from '#functions/catalog.ts';
import { openApiDocument } from '#shared/api/openapi.ts';
import { routes } from '#shared/api/routes.ts';

const document = openApiDocument(
  httpRoutes().map(({ route }) => route),
  { version: 'test', serverUrl: 'http://localhost:3000' },
);

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it('has every route of the catalog, once, with its method', () => {
    const listed = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const expected = httpRoutes().map(({ route }) => `${route.method} ${route.path}`);
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('describes request bodies from the zod schemas, with their limits', () => {
    const operation = document.paths[routes.submitApplication.path]?.post as {
      requestBody: {
        content: {
          'application/json': {
            schema: { properties: Record<string, { maxLength?: number }>; required: string[] };
          };
        };
      };
    };
    const schema = operation.requestBody.content['application/json'].schema;
    expect(schema.required).toContain('organisationName');
    expect(schema.properties.organisationName?.maxLength).toBe(200);
  });
});
