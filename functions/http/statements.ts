import { randomUUID } from 'node:crypto';
import { recipientsFor } from '#shared/alerts/fan-out.ts';
import { statementsRoutes as routes } from '#shared/api/routes/statements.ts';
import type { Caller } from '#shared/auth/access.ts';
import { bodyName } from '#shared/bodies/body.ts';
import { getBody, listOfficers } from '#shared/bodies/body-store.ts';
import { textFor } from '#shared/consultations/consultation.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { Conflict, Forbidden, NotFound } from '#shared/errors.ts';
import { noticeItems } from '#shared/mail/notices.ts';
import { assertMember } from '#shared/membership/organisation.ts';
import { existingOrganisation, representativesOf } from '#shared/membership/organisation-store.ts';
import { contentHash } from '#shared/statements/content-hash.ts';
import { COSIGN_REMINDER_HOURS, reminderItem } from '#shared/statements/reminders.ts';
import {
  assertEditable,
  assertLead,
  assertOpenable,
  assertSignable,
  isVisibleTo,
  newSignature,
  type Signature,
  type Statement,
} from '#shared/statements/statement.ts';
import {
  createStatement,
  getStatement,
  listConsultationStatements,
  listLedStatements,
  listSignatures,
  listSignedStatements,
  listVersions,
  saveStatement,
  sign,
  signatureItem,
  withdrawSignature,
} from '#shared/statements/statement-store.ts';
import { assertSubmittable, signatoriesOf, submissionOf } from '#shared/statements/submission.ts';
import { getSubmissionRecord, listDeliveries, writeSubmission } from '#shared/statements/submission-store.ts';
import { store } from '#shared/store/client.ts';
import { countAgainstLimits } from '#shared/store/rate-limit.ts';
import { putItem, transact } from '#shared/store/transactions.ts';
import { httpFunction } from '../lib/http.ts';

const INVITATIONS_PER_DAY = 10;
/** Addresses invited a day: by one organisation, whatever the statement, and by one representative. */
const INVITED_PER_ORGANISATION_PER_DAY = 50;
const INVITED_PER_PERSON_PER_DAY = 30;
const DAY_SECONDS = 86_400;

async function visible(id: string, caller: Caller | undefined) {
  const found = await getStatement(store(), id);
  // A draft is not acknowledged to exist for anyone outside its lead organisation.
  if (!found || !isVisibleTo(found, caller)) throw new NotFound('There is no such statement.');
  return found;
}

/** The organisation the caller acts for: one they represent, and still a member. */
async function actingFor(caller: Caller, organisationId: string, action: string) {
  if (!caller.organisations.includes(organisationId))
    throw new Forbidden('You do not represent this organisation.');
  const org = await existingOrganisation(store(), organisationId);
  assertMember(org, action);
  return org;
}

async function withSignatures(s: Statement) {
  const signatures = (await listSignatures(store(), s.id)).map((signed) => ({
    ...signed,
    current: signed.contentHash === s.contentHash,
  }));
  return { ...s, signatures, currentSignatureCount: signatures.filter((signed) => signed.current).length };
}

export const handler = httpFunction(routes, {
  listConsultationStatements: async ({ params, query, caller }) => {
    const page = await listConsultationStatements(store(), params.id, caller, query.cursor);
    // The read's filter already leaves out drafts the caller may not see; this check is the rule itself.
    return { ...page, items: page.items.filter((s) => isVisibleTo(s, caller)) };
  },

  createStatement: async ({ params, body: input, caller, now }) => {
    const org = await actingFor(caller, input.organisationId, 'lead a statement');
    const consultation = await getConsultation(store(), params.id);
    if (!consultation || consultation.status === 'draft')
      throw new NotFound('There is no such consultation.');
    if (consultation.status !== 'published')
      throw new Conflict(
        `This consultation is ${consultation.status}; statements can no longer be started.`,
        'not_published',
      );
    const at = now.toISOString();
    const { organisationId: _lead, ...text } = input;
    const created: Statement = {
      ...text,
      id: randomUUID(),
      consultationId: consultation.id,
      bodyId: consultation.bodyId,
      leadOrganisationId: org.id,
      leadOrganisationName: org.name,
      status: 'draft',
      version: 1,
      contentHash: contentHash(text),
      signatureCount: 0,
      createdAt: at,
      updatedAt: at,
    };
    await createStatement(store(), created);
    return created;
  },

  getStatement: async ({ params, caller }) => withSignatures(await visible(params.id, caller)),

  updateStatement: async ({ params, body: changes, caller, now }) => {
    const before = await visible(params.id, caller);
    assertLead(caller, before);
    // A lead that has left the network no longer acts; it may still withdraw what it led.
    await actingFor(caller, before.leadOrganisationId, 'edit statements');
    assertEditable(before);
    const { translation, version, ...rest } = changes;
    if (version !== undefined && version !== before.version)
      throw new Conflict(
        `The text changed while you were editing it (now version ${before.version}). Reload it and make your change again.`,
        'changed_meanwhile',
      );
    const edited = {
      ...before,
      ...rest,
      translation: translation === null ? undefined : (translation ?? before.translation),
    };
    const hash = contentHash(edited);
    // Nothing in the text changed: no new version, and signatures stay current.
    if (hash === before.contentHash) return before;
    const after: Statement = {
      ...edited,
      version: before.version + 1,
      contentHash: hash,
      updatedAt: now.toISOString(),
    };
    // Organisations that signed the replaced text are asked to confirm the new one.
    const signedBefore = (await listSignatures(store(), before.id)).filter(
      (signed) => signed.contentHash === before.contentHash,
    );
    const signers = await representativesOf(
      store(),
      signedBefore.map((signed) => signed.organisationId).filter((id) => id !== before.leadOrganisationId),
    );
    await saveStatement(
      store(),
      before,
      after,
      noticeItems(
        'statementChanged',
        signers,
        {
          lead: before.leadOrganisationName,
          title: after.title,
          version: String(after.version),
          path: `/statements/${before.id}`,
        },
        now,
      ),
    );
    return after;
  },

  openStatement: async ({ params, body, caller, now }) => {
    const before = await visible(params.id, caller);
    assertLead(caller, before);
    await actingFor(caller, before.leadOrganisationId, 'open statements for co-signing');
    const consultation = await getConsultation(store(), before.consultationId);
    if (consultation?.status !== 'published')
      throw new Conflict(
        `The consultation is ${consultation?.status ?? 'gone'}; the statement cannot be opened.`,
        'not_published',
      );
    const deadline = new Date(body.cosignDeadline);
    assertOpenable(before, deadline, consultation.statementDeadline, now);
    const at = now.toISOString();
    const after: Statement = {
      ...before,
      status: 'open',
      cosignDeadline: body.cosignDeadline,
      openedAt: at,
      updatedAt: at,
    };
    // Organisations whose alerts match the consultation hear that they can co-sign.
    const subscribers = (await recipientsFor(store(), consultation)).filter(
      (r) => r.organisationId !== undefined && r.organisationId !== before.leadOrganisationId,
    );
    const remindAt = new Date(deadline.getTime() - COSIGN_REMINDER_HOURS * 3_600_000);
    await saveStatement(store(), before, after, [
      ...noticeItems(
        'statementOpened',
        subscribers,
        {
          lead: before.leadOrganisationName,
          title: before.title,
          consultation: textFor(consultation, before.language).title,
          cosignDeadlineAt: body.cosignDeadline,
          path: `/statements/${before.id}`,
        },
        now,
      ),
      ...(remindAt > now ? [reminderItem('cosign', before.id, remindAt, 1)] : []),
    ]);
    return after;
  },

  signStatement: async ({ params, body, caller, now }) => {
    const s = await visible(params.id, caller);
    const org = await actingFor(caller, body.organisationId, 'sign statements');
    assertSignable(s, body.version, now);
    const outcome = await sign(store(), s, newSignature(s, org, caller.personId, body.mandate, now), now);
    return { ...((await getStatement(store(), s.id)) as Statement), signature: outcome.signature };
  },

  withdrawStatement: async ({ params, caller, now }) => {
    const before = await visible(params.id, caller);
    assertLead(caller, before);
    assertEditable(before);
    const after: Statement = { ...before, status: 'withdrawn', updatedAt: now.toISOString() };
    await saveStatement(store(), before, after);
    return after;
  },

  listStatementVersions: async ({ params, query, caller }) =>
    listVersions(store(), (await visible(params.id, caller)).id, query.cursor),

  inviteToStatement: async ({ params, body: invitation, caller, now }) => {
    const s = await visible(params.id, caller);
    assertLead(caller, s);
    await actingFor(caller, s.leadOrganisationId, 'invite co-signers');
    if (s.status !== 'open')
      throw new Conflict('Invite organisations once the statement is open for co-signing.', 'not_open');
    const invited = invitation.emails.length;
    await countAgainstLimits(
      store(),
      [
        { key: `invitations#${s.id}`, limit: INVITATIONS_PER_DAY, windowSeconds: DAY_SECONDS },
        {
          key: `invited-by-organisation#${s.leadOrganisationId}`,
          limit: INVITED_PER_ORGANISATION_PER_DAY,
          windowSeconds: DAY_SECONDS,
          amount: invited,
        },
        {
          key: `invited-by-person#${caller.personId}`,
          limit: INVITED_PER_PERSON_PER_DAY,
          windowSeconds: DAY_SECONDS,
          amount: invited,
        },
      ],
      now,
    );
    const consultation = await getConsultation(store(), s.consultationId);
    const notices = noticeItems(
      'statementInvitation',
      invitation.emails.map((email) => ({ email, language: invitation.language })),
      {
        lead: s.leadOrganisationName,
        title: s.title,
        consultation: consultation ? textFor(consultation, invitation.language).title : '',
        cosignDeadlineAt: s.cosignDeadline ?? '',
        message: invitation.message ?? '',
        path: `/statements/${s.id}`,
      },
      now,
    );
    await transact(store(), notices.map(putItem));
    return { invited: invitation.emails.length };
  },

  listOrganisationStatements: async ({ params, query }) =>
    listLedStatements(store(), params.id, query.cursor),

  listOrganisationSignedStatements: async ({ params, query }) =>
    listSignedStatements(store(), params.id, query.cursor),

  submitStatement: async ({ params, body: input, caller, now }) => {
    const s = store();
    const before = await visible(params.id, caller);
    assertLead(caller, before);
    // Submitting again answers with what was submitted: it is delivered once.
    const submitted =
      before.status === 'open' || before.status === 'draft'
        ? undefined
        : await getSubmissionRecord(s, before.id);
    if (submitted) return { ...submitted, deliveries: await listDeliveries(s, submitted.id) };
    await actingFor(caller, before.leadOrganisationId, 'submit statements');
    const consultation = await getConsultation(s, before.consultationId);
    assertSubmittable(before, consultation?.statementDeadline, consultation?.status ?? 'gone', now);
    const [recipient, signatures, officers] = await Promise.all([
      getBody(s, before.bodyId),
      listSignatures(s, before.id),
      listOfficers(s, before.bodyId),
    ]);
    if (!recipient)
      throw new Conflict('The body this statement is addressed to no longer exists.', 'no_body');
    // A mandate given with the submission is the lead's signature of this version, kept like any other.
    const leadSignature =
      input.mandate &&
      newSignature(
        before,
        { id: before.leadOrganisationId, name: before.leadOrganisationName },
        caller.personId,
        input.mandate,
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
      s,
      signatories.map((signatory) => signatory.organisationId),
    );
    await writeSubmission(s, {
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
    return { ...submission, deliveries: await listDeliveries(s, submission.id) };
  },

  withdrawSignature: async ({ params, caller }) => {
    const s = await visible(params.id, caller);
    if (!(await withdrawSignature(store(), s, params.organisationId)))
      throw new NotFound('This organisation has not signed the statement.');
    return undefined;
  },
});
