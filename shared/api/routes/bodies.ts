import * as z from 'zod/mini';
import { body, bodyChanges, bodyInput, officerInput } from '#shared/bodies/body.ts';
import { defineRoute } from '../contract.ts';
import { id, idParams, person } from './common.ts';

export const bodiesRoutes = {
  listBodies: defineRoute({
    method: 'GET',
    path: '/api/bodies',
    access: 'public',
    summary: 'Municipal and regional bodies, by municipality and name.',
    tags: ['bodies'],
    response: z.object({ items: z.array(body) }),
  }),
  getBody: defineRoute({
    method: 'GET',
    path: '/api/bodies/{id}',
    access: 'public',
    summary: 'One body.',
    tags: ['bodies'],
    params: idParams,
    response: body,
  }),
  createBody: defineRoute({
    method: 'POST',
    path: '/api/bodies',
    access: 'coordinator',
    summary: 'Adds a body: municipality, board, wellbeing services county or agency.',
    tags: ['bodies'],
    body: bodyInput,
    response: body,
    successStatus: 201,
  }),
  updateBody: defineRoute({
    method: 'PATCH',
    path: '/api/bodies/{id}',
    access: 'coordinator',
    summary: "Changes a body's details.",
    tags: ['bodies'],
    params: idParams,
    body: bodyChanges,
    response: body,
  }),
  listOfficers: defineRoute({
    method: 'GET',
    path: '/api/bodies/{id}/officers',
    access: { officerOf: 'id', orCoordinator: true },
    summary: "The body's officers.",
    tags: ['bodies'],
    params: idParams,
    response: z.object({ items: z.array(z.omit(person, { name: true })) }),
  }),
  addOfficer: defineRoute({
    method: 'POST',
    path: '/api/bodies/{id}/officers',
    access: 'coordinator',
    summary: 'Invites an officer to a body.',
    tags: ['bodies'],
    params: idParams,
    body: officerInput,
    response: z.omit(person, { name: true }),
    successStatus: 201,
  }),
  removeOfficer: defineRoute({
    method: 'DELETE',
    path: '/api/bodies/{id}/officers/{personId}',
    access: 'coordinator',
    summary: 'Removes an officer from a body.',
    tags: ['bodies'],
    params: z.object({ id, personId: id }),
    response: null,
    successStatus: 204,
  }),
};
