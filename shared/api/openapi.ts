import * as z from 'zod/mini';
import { fieldProblemCodes } from '#shared/errors.ts';
import type { ErrorBody, RouteDefinition } from './contract.ts';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };

const schemaOf = (schema: z.ZodMiniType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;

function parameters(schema: z.ZodMiniType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = schemaOf(schema, 'input');
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    schema: property,
  }));
}

const errorSchema = schemaOf(
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.optional(
        z.array(
          z.object({
            field: z.string(),
            message: z.string(),
            code: z.optional(z.enum(fieldProblemCodes)),
            params: z.optional(z.record(z.string(), z.number())),
          }),
        ),
      ),
      requestId: z.optional(z.string()),
    }),
  }) satisfies z.ZodMiniType<ErrorBody>,
  'output',
);

const operationId = (route: RouteDefinition) =>
  `${route.method.toLowerCase()}${route.path
    .replace(/^\/api/, '')
    .split(/[/.{}-]/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('')}`;

/** An OpenAPI 3.1 document of the given routes, derived from their zod schemas. */
export function openApiDocument(routes: RouteDefinition[], info: { version: string; serverUrl: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const status = String(route.successStatus ?? 200);
    const success = route.response
      ? {
          description: 'Success',
          content: { 'application/json': { schema: schemaOf(route.response, 'output') } },
        }
      : { description: 'Success', content: { [route.responseContentType ?? 'application/json']: {} } };
    const operation = {
      operationId: operationId(route),
      summary: route.summary,
      tags: route.tags,
      'x-access': route.access,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
            },
          }
        : {}),
      responses: {
        [status]: status === '204' ? { description: 'Success' } : success,
        default: { description: 'Error', content: { 'application/json': { schema: errorSchema } } },
      },
    };
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Kaiutin API', version: info.version },
    servers: [{ url: info.serverUrl }],
    paths,
  };
}
