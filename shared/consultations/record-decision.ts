import type * as z from 'zod/mini';
import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import { assertDecidable, type Consultation, type decisionInput } from './consultation.ts';
import { saveConsultation } from './consultation-store.ts';
import { managedConsultation } from './read-consultation.ts';

export type DecisionInput = z.output<typeof decisionInput>;

/** Records the decision taken on a published or closed consultation, with where to read it. */
export async function recordDecision(
  store: Store,
  caller: Caller,
  id: string,
  decision: DecisionInput,
  now: Date,
): Promise<Consultation> {
  const before = await managedConsultation(store, id, caller);
  assertDecidable(before);
  const at = now.toISOString();
  const decided: Consultation = {
    ...before,
    status: 'decided',
    decision: { ...decision, at },
    updatedAt: at,
    materialChanges: [],
  };
  await saveConsultation(store, before, decided);
  return decided;
}
