import * as z from 'zod/mini';
import {
  invitationInput,
  openInput,
  signature,
  signatureInput,
  statement,
  statementChanges,
  statementInput,
} from '#shared/statements/statement.ts';
import { submissionView, submitInput } from '#shared/statements/submission.ts';
import { defineRoute } from '../contract.ts';
import { id, idParams } from './common.ts';

/** A statement with its signatures; those on an earlier version are marked, and not delivered. */
export const statementWithSignatures = z.extend(statement, {
  signatures: z.array(z.extend(signature, { current: z.boolean() })),
  currentSignatureCount: z.int(),
});

export const statementsRoutes = {
  listConsultationStatements: defineRoute({
    method: 'GET',
    path: '/api/consultations/{id}/statements',
    access: 'anyone',
    summary: "A consultation's joint statements; drafts only for their lead organisation.",
    tags: ['statements'],
    params: idParams,
    response: z.object({ items: z.array(statement) }),
  }),
  createStatement: defineRoute({
    method: 'POST',
    path: '/api/consultations/{id}/statements',
    access: 'signedIn',
    summary: "Drafts a joint statement on a consultation, led by the caller's member organisation.",
    tags: ['statements'],
    params: idParams,
    body: statementInput,
    response: statement,
    successStatus: 201,
  }),
  getStatement: defineRoute({
    method: 'GET',
    path: '/api/statements/{id}',
    access: 'anyone',
    summary: 'A statement with its signatures; a draft only for its lead organisation and the coordinator.',
    tags: ['statements'],
    params: idParams,
    response: statementWithSignatures,
  }),
  updateStatement: defineRoute({
    method: 'PATCH',
    path: '/api/statements/{id}',
    access: 'signedIn',
    summary: 'Edits a draft or open statement (the lead organisation): every edit is a new version.',
    tags: ['statements'],
    params: idParams,
    body: statementChanges,
    response: statement,
  }),
  openStatement: defineRoute({
    method: 'POST',
    path: '/api/statements/{id}/open',
    access: 'signedIn',
    summary: "Opens a draft for co-signing until a deadline no later than the consultation's.",
    tags: ['statements'],
    params: idParams,
    body: openInput,
    response: statement,
  }),
  signStatement: defineRoute({
    method: 'POST',
    path: '/api/statements/{id}/signatures',
    access: 'signedIn',
    summary: 'Co-signs for a member organisation the caller represents, with its mandate, the version read.',
    tags: ['statements'],
    params: idParams,
    body: signatureInput,
    // The statement and this signature, not every signature: a popular statement's list is long.
    response: z.extend(statement, { signature }),
  }),
  withdrawSignature: defineRoute({
    method: 'DELETE',
    path: '/api/statements/{id}/signatures/{organisationId}',
    access: { representativeOf: 'organisationId' },
    summary: "Withdraws the organisation's signature while the statement is open.",
    tags: ['statements'],
    params: z.object({ id, organisationId: id }),
    response: null,
    successStatus: 204,
  }),
  withdrawStatement: defineRoute({
    method: 'POST',
    path: '/api/statements/{id}/withdraw',
    access: 'signedIn',
    summary:
      'Withdraws a draft or open statement (the lead organisation); it is kept, but can no longer be signed.',
    tags: ['statements'],
    params: idParams,
    response: statement,
  }),
  listStatementVersions: defineRoute({
    method: 'GET',
    path: '/api/statements/{id}/versions',
    access: 'anyone',
    summary: 'Every version of a statement, oldest first.',
    tags: ['statements'],
    params: idParams,
    response: z.object({ items: z.array(statement) }),
  }),
  inviteToStatement: defineRoute({
    method: 'POST',
    path: '/api/statements/{id}/invitations',
    access: 'signedIn',
    summary:
      'Invites organisations by email to co-sign an open statement (the lead organisation): at most 20 addresses at a time, 10 times a day per statement, 50 addresses a day per organisation and 30 per representative.',
    tags: ['statements'],
    params: idParams,
    body: invitationInput,
    response: z.object({ invited: z.int() }),
    successStatus: 202,
  }),
  listOrganisationStatements: defineRoute({
    method: 'GET',
    path: '/api/organisations/{id}/statements',
    access: { representativeOf: 'id', orCoordinator: true },
    summary: 'The statements an organisation leads (drafts included) and those it has signed, newest first.',
    tags: ['statements'],
    params: idParams,
    response: z.object({
      led: z.array(statement),
      signed: z.array(z.extend(statement, { signedVersion: z.int() })),
    }),
  }),
  submitStatement: defineRoute({
    method: 'POST',
    path: '/api/statements/{id}/submit',
    access: 'signedIn',
    summary:
      "Submits the statement with its current signatures to the body (the lead organisation), before the consultation's deadline.",
    tags: ['submissions'],
    params: idParams,
    body: submitInput,
    response: submissionView,
  }),
};
