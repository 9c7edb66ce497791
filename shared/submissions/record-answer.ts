import type { Caller } from '#shared/auth/access.ts';
import { bodyName } from '#shared/bodies/body.ts';
import { getBody } from '#shared/bodies/body-store.ts';
import { noticeItems } from '#shared/mail/notices.ts';
import { representativesOf } from '#shared/membership/organisation-store.ts';
import type { Statement, StatementStatus } from '#shared/statements/statement.ts';
import { getStatement } from '#shared/statements/statement-store.ts';
import type { Store } from '#shared/store/client.ts';
import { existingSubmission } from './read-submission.ts';
import { acknowledged, answered, assertOfficer, type ResponseInput, type Submission } from './submission.ts';
import { saveSubmission } from './submission-store.ts';

/**
 * Saves the body's acknowledgement or answer with the statement's status following it, and tells
 * every signatory organisation, in its representatives' languages.
 */
async function record(
  store: Store,
  before: Submission,
  after: Submission,
  template: 'submissionAcknowledged' | 'submissionAnswered',
  now: Date,
) {
  const [statement, body, signatories] = await Promise.all([
    getStatement(store, before.statementId),
    getBody(store, before.bodyId),
    representativesOf(
      store,
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
  await saveSubmission(
    store,
    before,
    after,
    statementChange,
    noticeItems(template, signatories, params, now),
  );
  return after;
}

/** An officer of the body records that the submission was received, with the body's record number if any. */
export async function acknowledgeSubmission(
  store: Store,
  caller: Caller,
  id: string,
  diaryNumber: string | undefined,
  now: Date,
): Promise<Submission> {
  const before = await existingSubmission(store, id);
  assertOfficer(caller, before);
  return record(store, before, acknowledged(before, diaryNumber, now), 'submissionAcknowledged', now);
}

/** An officer of the body records how the statement was taken into account; a later answer replaces it. */
export async function answerSubmission(
  store: Store,
  caller: Caller,
  id: string,
  response: ResponseInput,
  now: Date,
): Promise<Submission> {
  const before = await existingSubmission(store, id);
  assertOfficer(caller, before);
  return record(store, before, answered(before, response, now), 'submissionAnswered', now);
}
