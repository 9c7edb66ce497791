import * as z from 'zod/mini';
import { defineRoute } from '../contract.ts';

export const healthResponse = z.object({
  status: z.literal('ok'),
  table: z.literal('reachable'),
  stage: z.string(),
  time: z.string(),
});

export const healthRoutes = {
  health: defineRoute({
    method: 'GET',
    path: '/api/health',
    access: 'public',
    summary: 'Reports that the API answers and the table is reachable.',
    tags: ['service'],
    response: healthResponse,
  }),
};

export const openapiRoutes = {
  openapi: defineRoute({
    method: 'GET',
    path: '/api/openapi.json',
    access: 'public',
    summary: 'This API as an OpenAPI 3.1 document.',
    tags: ['service'],
    response: null,
    responseContentType: 'application/json',
  }),
};

/** Each served by its own function (the health check reads the table, the document does not). */
export const serviceRoutes = { ...healthRoutes, ...openapiRoutes };
