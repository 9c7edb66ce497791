import type { Caller } from '#shared/auth/access.ts';
import { NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import type { Submission } from './submission.ts';
import { getSubmissionRecord, listDeliveries } from './submission-store.ts';

export async function existingSubmission(store: Store, id: string) {
  const found = await getSubmissionRecord(store, id);
  if (!found) throw new NotFound('There is no such submission.');
  return found;
}

/** Where it was sent is for the lead organisation, the body and the coordinator; the rest is public. */
const seesDeliveries = (s: Submission, caller: Caller | undefined) =>
  caller !== undefined &&
  (caller.coordinator ||
    caller.bodies.includes(s.bodyId) ||
    caller.organisations.includes(s.leadOrganisationId));

/** The submission's public record, with its deliveries for those who may see them. */
export async function readSubmission(store: Store, id: string, caller: Caller | undefined) {
  const found = await existingSubmission(store, id);
  return seesDeliveries(found, caller)
    ? { ...found, deliveries: await listDeliveries(store, found.id) }
    : found;
}
