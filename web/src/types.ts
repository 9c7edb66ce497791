import type * as z from 'zod';
import type { auditEntry, person, routes } from '#shared/api/routes.ts';

export type { Me } from '#shared/api/routes.ts';
export type { Body } from '#shared/bodies/body.ts';
export type { Consultation, ConsultationText } from '#shared/consultations/consultation.ts';
export type { Application } from '#shared/membership/application.ts';
export type { Organisation, Removal } from '#shared/membership/organisation.ts';
export type { Subscription } from '#shared/subscriptions/subscription.ts';

export type Person = z.output<typeof person>;
export type AuditEntry = z.output<typeof auditEntry>;
/** How many were alerted of each published version of a consultation, and in all. */
export type AlertFigures = z.output<NonNullable<typeof routes.consultationAlerts.response>>;
export interface Page<T> {
  items: T[];
  cursor?: string;
}
