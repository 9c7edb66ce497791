import { randomUUID } from 'node:crypto';
import type { Caller } from '#shared/auth/access.ts';
import { namedBody } from '#shared/bodies/body-store.ts';
import type { Store } from '#shared/store/client.ts';
import { assertMayManage, type Consultation, type ConsultationInput } from './consultation.ts';
import { createConsultation } from './consultation-store.ts';

/** An officer of the body, or the coordinator, drafts a consultation; nobody else sees it until published. */
export async function draftConsultation(
  store: Store,
  caller: Caller,
  input: ConsultationInput,
  now: Date,
): Promise<Consultation> {
  assertMayManage(caller, input.bodyId);
  const body = await namedBody(store, input.bodyId);
  const at = now.toISOString();
  const created: Consultation = {
    ...input,
    id: randomUUID(),
    status: 'draft',
    version: 0,
    municipality: body.municipality,
    createdAt: at,
    updatedAt: at,
    materialChanges: [],
  };
  await createConsultation(store, created);
  return created;
}
