import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict, Forbidden, ValidationFailed } from '#shared/errors.ts';
import { statementLimits } from '#shared/statements/limits.ts';
import { mandate, type Signature, type Statement, statement } from '#shared/statements/statement.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { httpUrl, text } from '#shared/text.ts';

export const outcomes = [
  'taken-into-account',
  'partly',
  'not-taken-into-account',
  'decision-pending',
] as const;
export type Outcome = (typeof outcomes)[number];

/** An organisation that signed the version submitted. */
export const signatory = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  mandate,
  signedAt: z.string(),
});
export type Signatory = z.output<typeof signatory>;

export const acknowledgeInput = z.object({
  /** The municipality's own record number (diaarinumero), when it gives one. */
  diaryNumber: z.optional(text(statementLimits.diaryNumber)),
});

export const responseInput = z.object({
  outcome: z.enum(outcomes),
  explanation: text(statementLimits.explanation),
  decisionUrl: z.optional(httpUrl),
});
export type ResponseInput = z.output<typeof responseInput>;

/** A consolidated statement as delivered: the exact text, its signatories, and what the body did with it. */
export const submission = z.extend(
  z.pick(statement, {
    consultationId: true,
    bodyId: true,
    leadOrganisationId: true,
    leadOrganisationName: true,
    title: true,
    body: true,
    language: true,
    translation: true,
    version: true,
    contentHash: true,
  }),
  {
    /** The statement's id: a statement is submitted once. */
    id: z.string(),
    statementId: z.string(),
    /** The lead organisation first, then co-signers by name. */
    signatories: z.array(signatory),
    /** SHA-256 over the text's hash and the signatories: what the body can check it received. */
    submissionHash: z.string(),
    status: z.enum(['submitted', 'acknowledged', 'answered']),
    submittedAt: z.string(),
    /** When the first copy reached SES for the body's submission address. */
    deliveredAt: z.optional(z.string()),
    acknowledgement: z.optional(z.object({ at: z.string(), diaryNumber: z.optional(z.string()) })),
    response: z.optional(z.extend(responseInput, { at: z.string() })),
    /** The first response with a final outcome (not "decision pending"): what responsiveness counts. */
    answeredAt: z.optional(z.string()),
  },
);
export type Submission = z.output<typeof submission>;
/** How a stored submission is read: its shape without today's input rules. */
export const storedSubmission = stored(submission);

/** Where a submission was sent, and how that went (shown to the lead and the body, not the public). */
export const submissionDelivery = z.object({
  to: z.string(),
  role: z.enum(['registry', 'officer']),
  status: z.enum(['pending', 'sending', 'sent', 'failed']),
  attempts: z.optional(z.int()),
  sentAt: z.optional(z.string()),
  messageId: z.optional(z.string()),
  lastError: z.optional(z.string()),
});
export type SubmissionDelivery = z.output<typeof submissionDelivery>;
/** How a stored submission delivery is read: its shape without today's input rules. */
export const storedSubmissionDelivery = stored(submissionDelivery);

/** A submission's public record; its deliveries only for the lead organisation, the body and the coordinator. */
export const submissionView = z.extend(submission, { deliveries: z.optional(z.array(submissionDelivery)) });

/**
 * The hash a recipient can recompute from what it received: SHA-256 of the JSON array
 * `[contentHash, [[organisationId, organisationName, mandate, signedAt], ...]]`, signatories in
 * the order listed.
 */
export function submissionHash(contentHash: string, signatories: Signatory[]): string {
  const canonical = JSON.stringify([
    contentHash,
    signatories.map((s) => [s.organisationId, s.organisationName, s.mandate, s.signedAt]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export const submitInput = z.object({
  /** The lead organisation's own mandate, unless it has signed the current text already. */
  mandate: z.optional(mandate),
});

/**
 * What is delivered, from the signatures as they stand at submission: the lead organisation
 * first, then the organisations that signed the current text, by name; signatures of earlier
 * versions are left out.
 */
export function signatoriesOf(s: Statement, signatures: Signature[]): Signatory[] {
  const current = signatures.filter((signed) => signed.contentHash === s.contentHash);
  const lead = current.find((signed) => signed.organisationId === s.leadOrganisationId);
  if (!lead)
    throw new ValidationFailed(
      [
        {
          field: 'mandate',
          message: 'Required: the lead organisation has not signed the current text.',
          code: 'mandateRequired',
        },
      ],
      "Give the lead organisation's mandate.",
    );
  const others = current
    .filter((signed) => signed.organisationId !== s.leadOrganisationId)
    .sort(
      (a, b) =>
        a.organisationName.localeCompare(b.organisationName, 'fi') ||
        a.organisationId.localeCompare(b.organisationId),
    );
  return [lead, ...others].map(({ organisationId, organisationName, mandate, signedAt }) => ({
    organisationId,
    organisationName,
    mandate,
    signedAt,
  }));
}

/** The statement as submitted now: its exact text, its signatories and the hash that binds them. */
export function submissionOf(s: Statement, signatories: Signatory[], now: Date): Submission {
  return {
    id: s.id,
    statementId: s.id,
    consultationId: s.consultationId,
    bodyId: s.bodyId,
    leadOrganisationId: s.leadOrganisationId,
    leadOrganisationName: s.leadOrganisationName,
    title: s.title,
    body: s.body,
    language: s.language,
    ...(s.translation ? { translation: s.translation } : {}),
    version: s.version,
    contentHash: s.contentHash,
    signatories,
    submissionHash: submissionHash(s.contentHash, signatories),
    status: 'submitted',
    submittedAt: now.toISOString(),
  };
}

/** Submitting is for an open statement, before the consultation's statement deadline. */
export function assertSubmittable(
  s: Statement,
  statementDeadline: string | undefined,
  consultationStatus: string,
  now: Date,
) {
  if (s.status !== 'open' && s.status !== 'draft')
    throw new Conflict(
      `This statement is ${s.status}; only a draft or open statement can be submitted.`,
      'not_open',
    );
  if ((statementDeadline && new Date(statementDeadline) <= now) || consultationStatus !== 'published')
    throw new Conflict(
      statementDeadline
        ? `The consultation's statement deadline (${statementDeadline}) has passed; the statement can no longer be submitted.`
        : `The consultation is ${consultationStatus}; statements can no longer be submitted.`,
      'consultation_closed',
    );
}

export function assertOfficer(caller: Caller, s: Pick<Submission, 'bodyId'>) {
  if (!caller.bodies.includes(s.bodyId))
    throw new Forbidden('You are not an officer of the body this was submitted to.');
}

export function acknowledged(s: Submission, diaryNumber: string | undefined, now: Date): Submission {
  if (s.acknowledgement)
    throw new Conflict('This submission has already been acknowledged.', 'already_acknowledged');
  return {
    ...s,
    status: 'acknowledged',
    acknowledgement: { at: now.toISOString(), ...(diaryNumber ? { diaryNumber } : {}) },
  };
}

/**
 * Records the body's answer; a later answer replaces an earlier one ("decision pending" first,
 * the outcome later). Answering also acknowledges receipt, if that was not recorded yet.
 */
export function answered(s: Submission, response: ResponseInput, now: Date): Submission {
  const at = now.toISOString();
  const final = response.outcome !== 'decision-pending';
  return {
    ...s,
    status: final ? 'answered' : s.status === 'answered' ? 'answered' : 'acknowledged',
    acknowledgement: s.acknowledgement ?? { at },
    response: { ...response, at },
    ...(final && !s.answeredAt ? { answeredAt: at } : {}),
  };
}
