import { responsivenessSchema } from '#shared/bodies/responsiveness.ts';
import {
  acknowledgeInput,
  responseInput,
  submission,
  submissionView,
} from '#shared/submissions/submission.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, idParams, page } from './common.ts';

export const submissionsRoutes = {
  getSubmission: defineRoute({
    method: 'GET',
    path: '/api/submissions/{id}',
    access: 'anyone',
    summary:
      'The public record of a submission; its deliveries too for the lead organisation, the body and the coordinator.',
    tags: ['submissions'],
    params: idParams,
    response: submissionView,
  }),
  listConsultationSubmissions: defineRoute({
    method: 'GET',
    path: '/api/consultations/{id}/submissions',
    access: 'public',
    summary:
      "The statements submitted on a consultation, in the order submitted, with their signatories, hashes and the body's answers.",
    tags: ['submissions'],
    params: idParams,
    query: cursorQuery,
    response: page(submission),
  }),
  listBodySubmissions: defineRoute({
    method: 'GET',
    path: '/api/bodies/{id}/submissions',
    access: { officerOf: 'id', orCoordinator: true },
    summary: "The body's inbox: statements submitted to it, newest first.",
    tags: ['submissions'],
    params: idParams,
    query: cursorQuery,
    response: page(submission),
  }),
  acknowledgeSubmission: defineRoute({
    method: 'POST',
    path: '/api/submissions/{id}/acknowledge',
    access: 'signedIn',
    summary: "Records receipt, and the municipality's record number (officers of the body).",
    tags: ['submissions'],
    params: idParams,
    body: acknowledgeInput,
    response: submission,
  }),
  respondToSubmission: defineRoute({
    method: 'POST',
    path: '/api/submissions/{id}/response',
    access: 'signedIn',
    summary:
      'Records how the statement was taken into account (officers of the body); a later answer replaces it.',
    tags: ['submissions'],
    params: idParams,
    body: responseInput,
    response: submission,
  }),
  bodyResponsiveness: defineRoute({
    method: 'GET',
    path: '/api/bodies/{id}/responsiveness',
    access: 'public',
    summary:
      'How quickly a body acknowledges and answers submitted statements (median days, share answered).',
    tags: ['submissions'],
    params: idParams,
    response: responsivenessSchema,
  }),
};
