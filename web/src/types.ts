import type * as z from 'zod';
import type { auditEntry, person } from '#shared/api/routes.ts';

export type { Me } from '#shared/api/routes.ts';
export type { Body } from '#shared/bodies/body.ts';
export type { Application } from '#shared/membership/application.ts';
export type { Organisation, Removal } from '#shared/membership/organisation.ts';

export type Person = z.output<typeof person>;
export type AuditEntry = z.output<typeof auditEntry>;
export interface Page<T> {
  items: T[];
  cursor?: string;
}
