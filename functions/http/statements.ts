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
import { handle, httpFunction } from '../lib/http.ts';

export const handler = httpFunction(
  handle(routes.listConsultationStatements, async ({ params, query, caller }) => {
    return consultationStatements(store(), params.id, caller, query.cursor);
  }),

  handle(routes.createStatement, async ({ params, body: input, caller, now }) => {
    return startStatement(store(), caller, params.id, input, now);
  }),

  handle(routes.getStatement, async ({ params, caller }) => readStatement(store(), params.id, caller)),

  handle(routes.updateStatement, async ({ params, body: changes, caller, now }) => {
    return editStatement(store(), caller, params.id, changes, now);
  }),

  handle(routes.openStatement, async ({ params, body, caller, now }) => {
    return openStatement(store(), caller, params.id, body.cosignDeadline, now);
  }),

  handle(routes.signStatement, async ({ params, body, caller, now }) => {
    return signStatement(store(), caller, params.id, body, now);
  }),

  handle(routes.withdrawStatement, async ({ params, caller, now }) => {
    return withdrawStatement(store(), caller, params.id, now);
  }),

  handle(routes.listStatementVersions, async ({ params, query, caller }) =>
    statementVersions(store(), params.id, caller, query.cursor),
  ),

  handle(routes.inviteToStatement, async ({ params, body: invitation, caller, now }) => {
    return inviteCosigners(store(), caller, params.id, invitation, now);
  }),

  handle(routes.listOrganisationStatements, async ({ params, query }) =>
    listLedStatements(store(), params.id, query.cursor),
  ),

  handle(routes.listOrganisationSignedStatements, async ({ params, query }) =>
    listSignedStatements(store(), params.id, query.cursor),
  ),

  handle(routes.submitStatement, async ({ params, body: input, caller, now }) => {
    return submitStatement(store(), caller, params.id, input, now);
  }),

  handle(routes.withdrawSignature, async ({ params, caller }) => {
    await withdrawStatementSignature(store(), caller, params.id, params.organisationId);
    return undefined;
  }),
);
