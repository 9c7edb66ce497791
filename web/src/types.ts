import type * as z from 'zod/mini';
import type { ErrorBody } from '#shared/api/contract.ts';
import type { auditEntry, person, routes } from '#shared/api/routes.ts';
import type { meetingInput } from '#shared/meetings/meeting.ts';

export type { Me } from '#shared/api/routes.ts';
export type { Body } from '#shared/bodies/body.ts';
export type { Consultation, ConsultationText } from '#shared/consultations/consultation.ts';
export type { Application } from '#shared/membership/application.ts';
export type { Organisation, Removal } from '#shared/membership/organisation.ts';
export type { OrganisationSubscription, Subscription } from '#shared/subscriptions/subscription.ts';

export type Person = z.output<typeof person>;
export type AuditEntry = z.output<typeof auditEntry>;
/** How many were alerted of each published version of a consultation, and in all. */
export type AlertFigures = z.output<NonNullable<typeof routes.consultationAlerts.response>>;
export interface Page<T> {
  items: T[];
  cursor?: string;
}

/** What the API answers for a route, and what it takes as a body (before its defaults). */
type Answer<R extends { response: z.ZodMiniType | null }> = z.output<NonNullable<R['response']>>;
type BodyOf<R extends { body?: z.ZodMiniType }> = z.input<NonNullable<R['body']>>;

/** A joint statement, without its signatures (lists, versions, what a change answers). */
export type Statement = Answer<typeof routes.createStatement>;
/** A statement with every signature, each marked `current` when it holds the current text. */
export type SignedStatement = Answer<typeof routes.getStatement>;
export type Signature = SignedStatement['signatures'][number];
export type Mandate = Signature['mandate'];
export type StatementInput = BodyOf<typeof routes.createStatement>;
export type StatementChanges = BodyOf<typeof routes.updateStatement>;
export type Invitation = BodyOf<typeof routes.inviteToStatement>;
export type Invited = Answer<typeof routes.inviteToStatement>;
export type SignatureInput = BodyOf<typeof routes.signStatement>;
/** What signing answers: the statement (without its other signatures) and the signature just recorded. */
export type Signed = Answer<typeof routes.signStatement>;
/** A statement an organisation signed, with the version it signed. */
export type SignedByOrganisation = Answer<typeof routes.listOrganisationSignedStatements>['items'][number];

/** The public record of a submitted statement; `deliveries` only for the lead, the body and the coordinator. */
export type Submission = Answer<typeof routes.getSubmission>;
export type Signatory = Submission['signatories'][number];
export type Delivery = NonNullable<Submission['deliveries']>[number];
export type SubmissionOutcome = NonNullable<Submission['response']>['outcome'];
export type Acknowledgement = BodyOf<typeof routes.acknowledgeSubmission>;
export type SubmissionResponse = BodyOf<typeof routes.respondToSubmission>;
export type Responsiveness = Answer<typeof routes.bodyResponsiveness>;

/**
 * An agenda source with its health, and its push hook when enabled; what polling it now answers;
 * what adding and changing one take.
 */
export type Source = Answer<typeof routes.getSource>;
export type SourcePolled = Answer<typeof routes.pollSource>;
export type SourceInput = BodyOf<typeof routes.createSource>;
export type SourceChanges = BodyOf<typeof routes.updateSource>;
/** The first items of an address, read without saving anything. */
export type SourcePreview = Answer<typeof routes.previewSource>;
export type SourceItem = SourcePreview['items'][number];
/** Why a source could not be read: its code names it, `params` holds its figures (an HTTP status). */
export type SourceProblem = ErrorBody['error'];
/** Enabling the push hook, or renewing its secret: the secret, shown this once. */
export type HookSecret = Answer<typeof routes.enableSourceHook>;

/** A meeting series with its host rotation; a meeting as the pages show it; what drafting one takes. */
export type { AgendaKind, ChecklistItem, Series } from '#shared/meetings/meeting.ts';
export type { MeetingView } from './meetings/panel.ts';
export type MeetingInput = z.input<typeof meetingInput>;
/** A material of the bank, with the name of the organisation that shares it. */
export type Material = z.output<NonNullable<typeof routes.listMaterials.response>>['items'][number];
