import { type Invocation, streamFunction, type TableChange } from '../lib/stream.ts';

type EntityHandler = { handle(change: TableChange, invocation: Invocation): Promise<void> };

/** Each kind of mail's sender, loaded on first use (a cold start evaluates only what its records need). */
const senders: Record<string, () => Promise<EntityHandler>> = {
  // Catalog filter: INSERT of each of these but the outbox marker, and a MODIFY to `queued` (a retry).
  delivery: () => import('./send-alerts.ts'),
  notice: () => import('./send-notices.ts'),
  'submission-delivery': () => import('./deliver-submissions.ts'),
  outbox: () => import('./send-stored-mail.ts'),
  // Not a sender itself: it moves a meeting's waiting list up and writes the notices that tell who moved.
  places: () => import('./move-waiting-list.ts'),
};

/**
 * The one reader of the stream that sends mail (fan-out-alerts is the other reader): it hands each
 * record to its entity's sender, with the partial batch failures and retries of any stream function.
 */
export const handler = streamFunction(async (change, invocation) => {
  const entity = String(change.newImage?.entity ?? '');
  const load = senders[entity];
  if (!load) throw new Error(`No mail is sent for a change of ${entity || 'an unknown entity'}`);
  await (await load()).handle(change, invocation);
});
