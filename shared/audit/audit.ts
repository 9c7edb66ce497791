import { randomUUID } from 'node:crypto';
import type { Caller } from '#shared/auth/access.ts';
import { KEY } from '#shared/store/table.ts';

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

/**
 * An append-only entry, written in the same transaction as the change it records. Listed per
 * organisation or body (its own partition), for the whole network (gsi1) and per person (gsi2).
 */
export function auditItem(entry: Omit<AuditEntry, 'id' | 'at'>, now: Date) {
  const full: AuditEntry = { id: randomUUID(), at: now.toISOString(), ...entry };
  const scope = full.organisationId
    ? `ORG#${full.organisationId}`
    : full.bodyId
      ? `BODY#${full.bodyId}`
      : 'NETWORK';
  const sort = `${full.at}#${full.id}`;
  return {
    [KEY.pk]: `AUDIT#${scope}`,
    [KEY.sk]: sort,
    [KEY.gsi1pk]: 'AUDIT',
    [KEY.gsi1sk]: sort,
    ...(full.actor === 'system' ? {} : { [KEY.gsi2pk]: `ACTOR#${full.actor.personId}`, [KEY.gsi2sk]: sort }),
    entity: 'audit',
    ...full,
  };
}
