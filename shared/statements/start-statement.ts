import { randomUUID } from 'node:crypto';
import type { Caller } from '#shared/auth/access.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { Conflict, NotFound } from '#shared/errors.ts';
import { actingFor } from '#shared/membership/acting-for.ts';
import type { Store } from '#shared/store/client.ts';
import { contentHash } from './content-hash.ts';
import type { Statement, StatementInput } from './statement.ts';
import { createStatement } from './statement-store.ts';

/** Drafts a statement on a published consultation, led by a member organisation the caller represents. */
export async function startStatement(
  store: Store,
  caller: Caller,
  consultationId: string,
  input: StatementInput,
  now: Date,
): Promise<Statement> {
  const org = await actingFor(store, caller, input.organisationId, 'lead a statement');
  const consultation = await getConsultation(store, consultationId);
  if (!consultation || consultation.status === 'draft') throw new NotFound('There is no such consultation.');
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
  await createStatement(store, created);
  return created;
}
