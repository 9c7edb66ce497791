import { submissionsRoutes as routes } from '#shared/api/routes/submissions.ts';
import type { Caller } from '#shared/auth/access.ts';
import { bodyName } from '#shared/bodies/body.ts';
import { getBody } from '#shared/bodies/body-store.ts';
import { readResponsiveness, rebuildFigures } from '#shared/bodies/responsiveness-store.ts';
import { NotFound } from '#shared/errors.ts';
import { noticeItems } from '#shared/mail/notices.ts';
import { representativesOf } from '#shared/membership/organisation-store.ts';
import type { Statement, StatementStatus } from '#shared/statements/statement.ts';
import { getStatement } from '#shared/statements/statement-store.ts';
import { acknowledged, answered, assertOfficer, type Submission } from '#shared/statements/submission.ts';
import {
  getSubmissionRecord,
  listBodySubmissions,
  listConsultationSubmissions,
  listDeliveries,
  saveSubmission,
  submissionsToBody,
} from '#shared/statements/submission-store.ts';
import { store } from '#shared/store/client.ts';
import { handle, httpFunction } from '../lib/http.ts';

async function existing(id: string) {
  const found = await getSubmissionRecord(store(), id);
  if (!found) throw new NotFound('There is no such submission.');
  return found;
}

/** Where it was sent is for the lead organisation, the body and the coordinator; the rest is public. */
const seesDeliveries = (s: Submission, caller: Caller | undefined) =>
  caller !== undefined &&
  (caller.coordinator ||
    caller.bodies.includes(s.bodyId) ||
    caller.organisations.includes(s.leadOrganisationId));

/**
 * Saves the body's acknowledgement or answer with the statement's status following it, and tells
 * every signatory organisation, in its representatives' languages.
 */
async function record(
  before: Submission,
  after: Submission,
  template: 'submissionAcknowledged' | 'submissionAnswered',
  now: Date,
) {
  const s = store();
  const [statement, body, signatories] = await Promise.all([
    getStatement(s, before.statementId),
    getBody(s, before.bodyId),
    representativesOf(
      s,
      before.signatories.map((signatory) => signatory.organisationId),
    ),
  ]);
  const statementChange =
    statement && statement.status !== after.status
      ? {
          before: statement,
          after: {
            ...statement,
            status: after.status as StatementStatus,
            updatedAt: now.toISOString(),
          } satisfies Statement,
        }
      : undefined;
  const params: Record<string, string> = {
    title: before.title,
    body: body ? bodyName(body, 'fi') : '',
    path: `/submissions/${before.id}`,
  };
  if (template === 'submissionAcknowledged') {
    params.acknowledgedAt = after.acknowledgement?.at ?? now.toISOString();
    params.diaryNumber = after.acknowledgement?.diaryNumber ?? '';
  } else if (after.response) {
    params.answer = after.response.outcome;
    params.explanation = after.response.explanation;
    params.decisionUrl = after.response.decisionUrl ?? '';
  }
  await saveSubmission(s, before, after, statementChange, noticeItems(template, signatories, params, now));
  return after;
}

export const handler = httpFunction(
  handle(routes.getSubmission, async ({ params, caller }) => {
    const found = await existing(params.id);
    return seesDeliveries(found, caller)
      ? { ...found, deliveries: await listDeliveries(store(), found.id) }
      : found;
  }),

  handle(routes.listConsultationSubmissions, async ({ params, query }) =>
    listConsultationSubmissions(store(), params.id, query.cursor),
  ),

  handle(routes.listBodySubmissions, async ({ params, query }) =>
    listBodySubmissions(store(), params.id, query.cursor),
  ),

  handle(routes.acknowledgeSubmission, async ({ params, body, caller, now }) => {
    const before = await existing(params.id);
    assertOfficer(caller, before);
    return record(before, acknowledged(before, body.diaryNumber, now), 'submissionAcknowledged', now);
  }),

  handle(routes.respondToSubmission, async ({ params, body, caller, now }) => {
    const before = await existing(params.id);
    assertOfficer(caller, before);
    return record(before, answered(before, body, now), 'submissionAnswered', now);
  }),

  handle(routes.bodyResponsiveness, async ({ params }) => {
    const figures = await readResponsiveness(store(), params.id);
    if (figures) return figures;
    if (!(await getBody(store(), params.id))) throw new NotFound('There is no such body.');
    // Figures stored before they were kept running are counted once, from the submissions.
    return rebuildFigures(store(), params.id, submissionsToBody);
  }),
);
