import type { Caller } from '#shared/auth/access.ts';

/** Who did it: a person, or Kaiutin itself (a schedule). */
/** A person; the address is erased from the log when they delete their account. */
export type PersonActor = { personId: string; email?: string };
export type Actor = PersonActor | 'system';

export interface AuditEntry {
  id: string;
  at: string;
  actor: Actor;
  action: string;
  organisationId?: string;
  bodyId?: string;
  before?: unknown;
  after?: unknown;
}

export const actorOf = (caller: Caller): PersonActor => ({ personId: caller.personId, email: caller.email });
