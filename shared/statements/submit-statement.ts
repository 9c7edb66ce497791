import type * as z from 'zod/mini';
import type { Caller } from '#shared/auth/access.ts';
import { bodyName } from '#shared/bodies/body.ts';
import { getBody, listOfficers } from '#shared/bodies/body-store.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { Conflict } from '#shared/errors.ts';
import { noticeItems } from '#shared/mail/notices.ts';
import { recordedMandate } from '#shared/meetings/meeting-decisions.ts';
import { actingFor } from '#shared/membership/acting-for.ts';
import { representativesOf } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import {
  assertSubmittable,
  signatoriesOf,
  submissionOf,
  type submitInput,
} from '#shared/submissions/submission.ts';
import {
  getSubmissionRecord,
  listDeliveries,
  writeSubmission,
} from '#shared/submissions/submission-store.ts';
import { visibleStatement } from './read-statement.ts';
import { assertLead, newSignature, type Signature } from './statement.ts';
import { listSignatures, signatureItem } from './statement-store.ts';

export type SubmitInput = z.output<typeof submitInput>;

/**
 * The lead submits the statement to the body it is addressed to, with the organisations that
 * signed its current text; every signatory is told. Submitting again answers with what was
 * submitted: it is delivered once.
 */
export async function submitStatement(
  store: Store,
  caller: Caller,
  id: string,
  input: SubmitInput,
  now: Date,
) {
  const before = await visibleStatement(store, id, caller);
  assertLead(caller, before);
  const submitted =
    before.status === 'open' || before.status === 'draft'
      ? undefined
      : await getSubmissionRecord(store, before.id);
  if (submitted) return { ...submitted, deliveries: await listDeliveries(store, submitted.id) };
  await actingFor(store, caller, before.leadOrganisationId, 'submit statements');
  const consultation = await getConsultation(store, before.consultationId);
  assertSubmittable(before, consultation?.statementDeadline, consultation?.status ?? 'gone', now);
  const [recipient, signatures, officers] = await Promise.all([
    getBody(store, before.bodyId),
    listSignatures(store, before.id),
    listOfficers(store, before.bodyId),
  ]);
  if (!recipient) throw new Conflict('The body this statement is addressed to no longer exists.', 'no_body');
  // A mandate given with the submission is the lead's signature of this version, kept like any other.
  const mandate = input.mandate && (await recordedMandate(store, input.mandate));
  const leadSignature =
    mandate &&
    newSignature(
      before,
      { id: before.leadOrganisationId, name: before.leadOrganisationName },
      caller.personId,
      mandate,
      now,
    );
  const isLead = (signed: Signature) => signed.organisationId === before.leadOrganisationId;
  const signatories = signatoriesOf(
    before,
    leadSignature ? [...signatures.filter((signed) => !isLead(signed)), leadSignature] : signatures,
  );
  const signatureCount = before.signatureCount + (leadSignature && !signatures.some(isLead) ? 1 : 0);
  const submission = submissionOf(before, signatories, now);
  const toSignatories = await representativesOf(
    store,
    signatories.map((signatory) => signatory.organisationId),
  );
  await writeSubmission(store, {
    statementBefore: before,
    statementAfter: { ...before, status: 'submitted', signatureCount, updatedAt: submission.submittedAt },
    submission,
    registryEmail: recipient.submissionEmail,
    officers,
    alongside: [
      ...(leadSignature ? [signatureItem(leadSignature)] : []),
      ...noticeItems(
        'statementSubmitted',
        toSignatories,
        {
          lead: before.leadOrganisationName,
          title: before.title,
          body: bodyName(recipient, 'fi'),
          count: String(signatories.length),
          hash: submission.submissionHash,
          path: `/submissions/${submission.id}`,
        },
        now,
      ),
    ],
  });
  return { ...submission, deliveries: await listDeliveries(store, submission.id) };
}
