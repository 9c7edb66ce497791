import * as z from 'zod/mini';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict, Forbidden } from '#shared/errors.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { isoDateTime, text } from '#shared/text.ts';
import { statementLimits } from './limits.ts';

export const statementStatuses = [
  'draft',
  'open',
  'submitted',
  'acknowledged',
  'answered',
  'withdrawn',
] as const;
export type StatementStatus = (typeof statementStatuses)[number];

const statementText = z.object({
  title: text(statementLimits.title),
  body: text(statementLimits.body),
});

const translation = z.extend(statementText, { language: z.enum(languageCodes) });

export const statementInput = z.extend(statementText, {
  /** The lead organisation: the caller must represent it. */
  organisationId: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  language: z.enum(languageCodes),
  /** The same text in another language, optional. */
  translation: z.optional(translation),
});
export type StatementInput = z.output<typeof statementInput>;

export const statementChanges = z
  .extend(
    z.partial(
      z.extend(statementText, { language: z.enum(languageCodes), translation: z.nullable(translation) }),
    ),
    {
      /** The version the editor started from: an edit of an older one is refused, not applied over newer text. */
      version: z.optional(z.int().check(z.gte(1))),
    },
  )
  .check(
    z.refine((changes) => Object.keys(changes).some((key) => key !== 'version'), {
      message: 'Send at least one field to change.',
      params: { code: 'nothingToChange' },
    }),
  );
export type StatementChanges = z.output<typeof statementChanges>;

export const openInput = z.object({ cosignDeadline: isoDateTime });

/** Organisations invited by email to co-sign; the email is in the language chosen. */
export const invitationInput = z.object({
  emails: z.array(z.email().check(z.maxLength(254), z.toLowerCase())).check(
    z.minLength(1),
    z.maxLength(20, 'At most 20 addresses at a time.'),
    z.refine((emails) => new Set(emails).size === emails.length, {
      message: 'Each address once.',
      params: { code: 'repeated' },
    }),
  ),
  language: z.enum(languageCodes),
  message: z.optional(text(statementLimits.invitationMessage)),
});

/**
 * Who approved signing: a standing mandate, or a decision of the board or a meeting on a date. A
 * decision recorded in a network meeting's published minutes names it (`meeting`): signing checks
 * it is there, and takes the date from the meeting.
 */
export const mandate = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('standing') }),
  z.object({
    kind: z.literal('decision'),
    decidedOn: z.iso.date({ error: 'A date such as 2027-01-15.' }),
    decidedBy: z.optional(text(statementLimits.decidedBy)),
    meeting: z.optional(
      z.object({
        meetingId: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
        decisionId: z.string().check(z.trim(), z.minLength(1), z.maxLength(16)),
      }),
    ),
  }),
]);
export type Mandate = z.output<typeof mandate>;

export const signatureInput = z.object({
  organisationId: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  mandate,
  /** The version the signer read: signing holds only if the text is still that version. */
  version: z.int().check(z.gte(1)),
});

export const statement = z.extend(z.omit(statementInput, { organisationId: true }), {
  id: z.string(),
  consultationId: z.string(),
  bodyId: z.string(),
  leadOrganisationId: z.string(),
  leadOrganisationName: z.string(),
  status: z.enum(statementStatuses),
  /** 1 when drafted; every edit adds one. */
  version: z.int(),
  /** SHA-256 of the current text: what a signature holds on to. */
  contentHash: z.string(),
  cosignDeadline: z.optional(z.string()),
  /** Equals the number of signature items, kept in the same transactions. */
  signatureCount: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  openedAt: z.optional(z.string()),
});
export type Statement = z.output<typeof statement>;
/** How a stored statement is read: its shape without today's input rules. */
export const storedStatement = stored(statement);

export const signature = z.object({
  statementId: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  personId: z.string(),
  signedAt: z.string(),
  mandate,
  version: z.int(),
  contentHash: z.string(),
});
export type Signature = z.output<typeof signature>;
/** How a stored signature is read: its shape without today's input rules. */
export const storedSignature = stored(signature);

/** An organisation's signature of the statement's current version, made now. */
export const newSignature = (
  s: Statement,
  organisation: { id: string; name: string },
  personId: string,
  mandate: Mandate,
  now: Date,
): Signature => ({
  statementId: s.id,
  organisationId: organisation.id,
  organisationName: organisation.name,
  personId,
  signedAt: now.toISOString(),
  mandate,
  version: s.version,
  contentHash: s.contentHash,
});

export const isLeadRepresentative = (caller: Caller | undefined, s: Pick<Statement, 'leadOrganisationId'>) =>
  caller?.organisations.includes(s.leadOrganisationId) === true;

/** A draft is private to the lead organisation (and the coordinator); afterwards anyone may read it. */
export const isVisibleTo = (s: Statement, caller: Caller | undefined) =>
  s.status !== 'draft' || (caller !== undefined && (caller.coordinator || isLeadRepresentative(caller, s)));

export function assertLead(caller: Caller, s: Statement) {
  if (!isLeadRepresentative(caller, s))
    throw new Forbidden('Only representatives of the lead organisation may do this.');
}

export function assertEditable(s: Statement) {
  if (s.status !== 'draft' && s.status !== 'open')
    throw new Conflict(`A ${s.status} statement can no longer be changed.`, 'not_editable');
}

/** Opening sets a co-signing deadline between now and the consultation's statement deadline. */
export function assertOpenable(
  s: Statement,
  cosignDeadline: Date,
  statementDeadline: string | undefined,
  now: Date,
) {
  if (s.status !== 'draft')
    throw new Conflict(`Only a draft can be opened for co-signing; this one is ${s.status}.`, 'not_draft');
  if (cosignDeadline <= now)
    throw new Conflict('The co-signing deadline has already passed.', 'deadline_passed');
  if (statementDeadline && cosignDeadline > new Date(statementDeadline))
    throw new Conflict(
      `The co-signing deadline must be no later than the consultation's statement deadline (${statementDeadline}).`,
      'after_statement_deadline',
    );
}

export function assertSignable(s: Statement, version: number, now: Date) {
  if (s.status !== 'open')
    throw new Conflict(`This statement is ${s.status}; it can be signed only while open.`, 'not_open');
  if (s.cosignDeadline && new Date(s.cosignDeadline) <= now)
    throw new Conflict('The co-signing deadline has passed.', 'deadline_passed');
  if (version !== s.version)
    throw new Conflict(
      `The text has changed since you read it (now version ${s.version}). Read it again before signing.`,
      'changed_meanwhile',
    );
}
