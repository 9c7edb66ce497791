import * as z from 'zod/mini';
import { application, applicationInput, applicationStatus } from '#shared/membership/application.ts';
import { organisation } from '#shared/membership/organisation.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, idParams, page } from './common.ts';

export const applicationsRoutes = {
  submitApplication: defineRoute({
    method: 'POST',
    path: '/api/applications',
    access: 'public',
    summary: 'Applies for membership of the network on behalf of an organisation.',
    tags: ['membership'],
    rateLimited: true,
    body: applicationInput,
    response: z.extend(z.pick(application, { id: true, status: true, submittedAt: true }), {
      likelyDuplicate: z.boolean(),
    }),
    successStatus: 201,
  }),
  listApplications: defineRoute({
    method: 'GET',
    path: '/api/applications',
    access: 'coordinator',
    summary: 'Membership applications by status, oldest first.',
    tags: ['membership'],
    query: z.extend(cursorQuery, { status: z._default(applicationStatus, 'pending') }),
    response: page(application),
  }),
  getApplication: defineRoute({
    method: 'GET',
    path: '/api/applications/{id}',
    access: 'coordinator',
    summary: 'One membership application.',
    tags: ['membership'],
    params: idParams,
    response: application,
  }),
  approveApplication: defineRoute({
    method: 'POST',
    path: '/api/applications/{id}/approve',
    access: 'coordinator',
    summary: 'Approves an application: creates the organisation and invites its representatives.',
    tags: ['membership'],
    params: idParams,
    response: organisation,
  }),
  rejectApplication: defineRoute({
    method: 'POST',
    path: '/api/applications/{id}/reject',
    access: 'coordinator',
    summary: 'Rejects an application; the applicant is told the reason.',
    tags: ['membership'],
    params: idParams,
    body: z.object({ reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)) }),
    response: application,
  }),
};
