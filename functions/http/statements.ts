import { statementsRoutes as routes } from '#shared/api/routes/statements.ts';
import { editStatement } from '#shared/statements/edit-statement.ts';
import { inviteCosigners } from '#shared/statements/invite-cosigners.ts';
import { openStatement } from '#shared/statements/open-statement.ts';
import {
  consultationStatements,
  readStatement,
  statementVersions,
} from '#shared/statements/read-statement.ts';
import { signStatement, withdrawStatementSignature } from '#shared/statements/sign-statement.ts';
import { startStatement } from '#shared/statements/start-statement.ts';
import { listLedStatements, listSignedStatements } from '#shared/statements/statement-store.ts';
import { submitStatement } from '#shared/statements/submit-statement.ts';
import { withdrawStatement } from '#shared/statements/withdraw-statement.ts';
import { store } from '#shared/store/client.ts';
import { httpFunction } from '../lib/http.ts';

export const handler = httpFunction(routes, {
  listConsultationStatements: async ({ params, query, caller }) => {
    return consultationStatements(store(), params.id, caller, query.cursor);
  },

  createStatement: async ({ params, body: input, caller, now }) => {
    return startStatement(store(), caller, params.id, input, now);
  },

  getStatement: async ({ params, caller }) => readStatement(store(), params.id, caller),

  updateStatement: async ({ params, body: changes, caller, now }) => {
    return editStatement(store(), caller, params.id, changes, now);
  },

  openStatement: async ({ params, body, caller, now }) => {
    return openStatement(store(), caller, params.id, body.cosignDeadline, now);
  },

  signStatement: async ({ params, body, caller, now }) => {
    return signStatement(store(), caller, params.id, body, now);
  },

  withdrawStatement: async ({ params, caller, now }) => {
    return withdrawStatement(store(), caller, params.id, now);
  },

  listStatementVersions: async ({ params, query, caller }) =>
    statementVersions(store(), params.id, caller, query.cursor),

  inviteToStatement: async ({ params, body: invitation, caller, now }) => {
    return inviteCosigners(store(), caller, params.id, invitation, now);
  },

  listOrganisationStatements: async ({ params, query }) =>
    listLedStatements(store(), params.id, query.cursor),

  listOrganisationSignedStatements: async ({ params, query }) =>
    listSignedStatements(store(), params.id, query.cursor),

  submitStatement: async ({ params, body: input, caller, now }) => {
    return submitStatement(store(), caller, params.id, input, now);
  },

  withdrawSignature: async ({ params, caller }) => {
    await withdrawStatementSignature(store(), caller, params.id, params.organisationId);
    return undefined;
  },
});
