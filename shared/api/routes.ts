import * as z from 'zod';
import { body, bodyChanges, bodyInput, officerInput } from '#shared/bodies/body.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import { application, applicationInput, applicationStatus } from '#shared/membership/application.ts';
import {
  organisation,
  organisationChanges,
  removal,
  removalDecisionInput,
  removalInput,
  removalResponseInput,
} from '#shared/membership/organisation.ts';
import { defineRoute } from './contract.ts';

export const healthResponse = z.object({
  status: z.literal('ok'),
  table: z.literal('reachable'),
  stage: z.string(),
  time: z.string(),
});

const id = z.string().trim().min(1).max(64);
const idParams = z.object({ id });
const email = z.email().max(254).toLowerCase();
const cursorQuery = z.object({ cursor: z.string().max(1024).optional() });
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), cursor: z.string().optional() });

export const me = z.object({
  personId: z.string(),
  email: z.string(),
  name: z.string().optional(),
  language: z.enum(languageCodes),
  coordinator: z.boolean(),
  organisations: z.array(z.object({ id: z.string(), name: z.string(), status: z.string() })),
  bodies: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type Me = z.output<typeof me>;

export const person = z.object({
  personId: z.string(),
  email: z.string(),
  name: z.string().optional(),
  language: z.string(),
  since: z.string(),
});

export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.union([z.object({ personId: z.string(), email: z.string().optional() }), z.literal('system')]),
  action: z.string(),
  organisationId: z.string().optional(),
  bodyId: z.string().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
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

  requestSignInCode: defineRoute({
    method: 'POST',
    path: '/api/auth/code',
    access: 'public',
    summary: 'Emails a one-time sign-in code. The answer is the same whether the address is known or not.',
    tags: ['sign-in'],
    body: z.object({ email, language: z.enum(languageCodes).optional() }),
    response: z.object({ sent: z.literal(true), validMinutes: z.number() }),
    successStatus: 202,
  }),
  startSession: defineRoute({
    method: 'POST',
    path: '/api/auth/session',
    access: 'public',
    summary: 'Exchanges an emailed code for a session cookie.',
    tags: ['sign-in'],
    body: z.object({
      email,
      code: z
        .string()
        .trim()
        .regex(/^\d{6}$/, 'The code is six digits.'),
    }),
    response: me,
  }),
  endSession: defineRoute({
    method: 'DELETE',
    path: '/api/auth/session',
    access: 'signedIn',
    summary: 'Signs out: the session ends and its cookie is cleared.',
    tags: ['sign-in'],
    response: null,
    successStatus: 204,
  }),
  getMe: defineRoute({
    method: 'GET',
    path: '/api/me',
    access: 'signedIn',
    summary: 'The signed-in person, their roles and organisations.',
    tags: ['people'],
    response: me,
  }),
  updateMe: defineRoute({
    method: 'PATCH',
    path: '/api/me',
    access: 'signedIn',
    summary: "Changes the signed-in person's name or language.",
    tags: ['people'],
    body: z
      .object({ name: z.string().trim().min(1).max(120), language: z.enum(languageCodes) })
      .partial()
      .refine((changes) => Object.keys(changes).length > 0, 'Send at least one field to change.'),
    response: me,
  }),
  exportMe: defineRoute({
    method: 'GET',
    path: '/api/me/export',
    access: 'signedIn',
    summary: 'Everything Kaiutin holds about the signed-in person, as JSON.',
    tags: ['people'],
    response: z.object({ exportedAt: z.string(), person: me, actions: z.array(auditEntry) }),
  }),
  deleteMe: defineRoute({
    method: 'DELETE',
    path: '/api/me',
    access: 'signedIn',
    summary:
      "Deletes the signed-in person's account; what they did for an organisation stays, without their name.",
    tags: ['people'],
    response: null,
    successStatus: 204,
  }),

  submitApplication: defineRoute({
    method: 'POST',
    path: '/api/applications',
    access: 'public',
    summary: 'Applies for membership of the network on behalf of an organisation.',
    tags: ['membership'],
    body: applicationInput,
    response: application
      .pick({ id: true, status: true, submittedAt: true })
      .extend({ likelyDuplicate: z.boolean() }),
    successStatus: 201,
  }),
  listApplications: defineRoute({
    method: 'GET',
    path: '/api/applications',
    access: 'coordinator',
    summary: 'Membership applications by status, oldest first.',
    tags: ['membership'],
    query: cursorQuery.extend({ status: applicationStatus.default('pending') }),
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
    body: z.object({ reason: z.string().trim().min(1).max(4000) }),
    response: application,
  }),

  listOrganisations: defineRoute({
    method: 'GET',
    path: '/api/organisations',
    access: 'public',
    summary: 'The public directory of member organisations, by name.',
    tags: ['organisations'],
    query: cursorQuery,
    response: page(organisation),
  }),
  getOrganisation: defineRoute({
    method: 'GET',
    path: '/api/organisations/{id}',
    access: 'public',
    summary: 'One organisation (members, and former members with their status).',
    tags: ['organisations'],
    params: idParams,
    response: organisation,
  }),
  updateOrganisation: defineRoute({
    method: 'PATCH',
    path: '/api/organisations/{id}',
    access: { representativeOf: 'id', orCoordinator: true },
    summary: "Changes an organisation's public details.",
    tags: ['organisations'],
    params: idParams,
    body: organisationChanges,
    response: organisation,
  }),
  listRepresentatives: defineRoute({
    method: 'GET',
    path: '/api/organisations/{id}/representatives',
    access: { representativeOf: 'id', orCoordinator: true },
    summary: "The organisation's representatives.",
    tags: ['organisations'],
    params: idParams,
    response: z.object({ items: z.array(person) }),
  }),
  addRepresentative: defineRoute({
    method: 'POST',
    path: '/api/organisations/{id}/representatives',
    access: { representativeOf: 'id', orCoordinator: true },
    summary: 'Names a representative, who is invited by email.',
    tags: ['organisations'],
    params: idParams,
    body: z.object({ email, language: z.enum(languageCodes).default('fi') }),
    response: person,
    successStatus: 201,
  }),
  removeRepresentative: defineRoute({
    method: 'DELETE',
    path: '/api/organisations/{id}/representatives/{personId}',
    access: { representativeOf: 'id', orCoordinator: true },
    summary: 'Removes a representative; an organisation keeps at least one.',
    tags: ['organisations'],
    params: z.object({ id, personId: id }),
    response: null,
    successStatus: 204,
  }),
  resign: defineRoute({
    method: 'POST',
    path: '/api/organisations/{id}/resignation',
    access: { representativeOf: 'id' },
    summary: 'Resigns the organisation from the network by simple notice.',
    tags: ['organisations'],
    params: idParams,
    body: z.object({ reason: z.string().trim().max(2000).default('') }),
    response: organisation,
  }),
  getRemoval: defineRoute({
    method: 'GET',
    path: '/api/organisations/{id}/removal',
    access: { representativeOf: 'id', orCoordinator: true },
    summary: 'The removal hearing of the organisation, if one was opened.',
    tags: ['organisations'],
    params: idParams,
    response: z.object({ removal: removal.nullable() }),
  }),
  openRemoval: defineRoute({
    method: 'POST',
    path: '/api/organisations/{id}/removal',
    access: 'coordinator',
    summary: 'Opens a removal: the organisation is told the ground and may explain before the deadline.',
    tags: ['organisations'],
    params: idParams,
    body: removalInput,
    response: removal,
    successStatus: 201,
  }),
  respondToRemoval: defineRoute({
    method: 'POST',
    path: '/api/organisations/{id}/removal/response',
    access: { representativeOf: 'id' },
    summary: "The organisation's explanation in a removal hearing.",
    tags: ['organisations'],
    params: idParams,
    body: removalResponseInput,
    response: removal,
  }),
  decideRemoval: defineRoute({
    method: 'POST',
    path: '/api/organisations/{id}/removal/decision',
    access: 'coordinator',
    summary: 'Decides a removal, only after the explanation or the deadline.',
    tags: ['organisations'],
    params: idParams,
    body: removalDecisionInput,
    response: removal,
  }),
  organisationAudit: defineRoute({
    method: 'GET',
    path: '/api/organisations/{id}/audit',
    access: { representativeOf: 'id', orCoordinator: true },
    summary: "The organisation's audit log, newest first.",
    tags: ['organisations'],
    params: idParams,
    query: cursorQuery,
    response: page(auditEntry),
  }),
  networkAudit: defineRoute({
    method: 'GET',
    path: '/api/audit',
    access: 'coordinator',
    summary: 'The audit log of the whole network, newest first.',
    tags: ['organisations'],
    query: cursorQuery,
    response: page(auditEntry),
  }),

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
    response: z.object({ items: z.array(person.omit({ name: true })) }),
  }),
  addOfficer: defineRoute({
    method: 'POST',
    path: '/api/bodies/{id}/officers',
    access: 'coordinator',
    summary: 'Invites an officer to a body.',
    tags: ['bodies'],
    params: idParams,
    body: officerInput,
    response: person.omit({ name: true }),
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
