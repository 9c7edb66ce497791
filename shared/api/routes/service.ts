import * as z from 'zod/mini';
import { defineRoute } from '../contract.ts';

export const healthResponse = z.object({
  status: z.literal('ok'),
  table: z.literal('reachable'),
  stage: z.string(),
  time: z.string(),
});

export const serviceRoutes = {
  health: defineRoute({
    method: 'GET',
    path: '/api/health',
    access: 'public',
    summary: 'Reports that the API answers and the table is reachable.',
    tags: ['service'],
    response: healthResponse,
  }),
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
