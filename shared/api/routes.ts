import * as z from 'zod';
import { application, applicationInput } from '#shared/membership/application.ts';
import { defineRoute } from './contract.ts';

export const healthResponse = z.object({
  status: z.literal('ok'),
  table: z.literal('reachable'),
  stage: z.string(),
  time: z.string(),
});

/** Every route of the API, in one place: handlers, the OpenAPI document and web/ all read these. */
export const routes = {
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
  submitApplication: defineRoute({
    method: 'POST',
    path: '/api/applications',
    access: 'public',
    summary: 'Applies for membership of the network on behalf of an organisation.',
    tags: ['membership'],
    body: applicationInput,
    response: application.pick({ id: true, status: true, submittedAt: true }),
    successStatus: 201,
  }),
};
