import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import { assertPublishable, type Consultation } from './consultation.ts';
import { saveConsultation } from './consultation-store.ts';
import { managedConsultation } from './read-consultation.ts';

/** Publishes a draft as version 1: from now on anyone reads it, and subscribers are alerted. */
export async function publishConsultation(
  store: Store,
  caller: Caller,
  id: string,
  now: Date,
): Promise<Consultation> {
  const before = await managedConsultation(store, id, caller);
  assertPublishable(before, now);
  const at = now.toISOString();
  const published: Consultation = {
    ...before,
    status: 'published',
    version: 1,
    publishedAt: at,
    updatedAt: at,
    materialChanges: [],
  };
  await saveConsultation(store, before, published);
  return published;
}
