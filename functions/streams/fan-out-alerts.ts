import { streamFunction, type TableChange } from '../lib/stream.ts';

type EntityHandler = { handle(change: TableChange): Promise<void> };

/**
 * What each published change sets going, loaded on first use. A consultation alerts its
 * subscribers and is requested in the languages they need; the other texts the network publishes
 * are requested too; a new request gets its machine draft; a person's published translation
 * releases the alerts waiting for it and sends follow-ups.
 */
const readers: Record<string, (() => Promise<EntityHandler>)[]> = {
  consultation: [() => import('./alert-consultation.ts'), () => import('./request-translations.ts')],
  meeting: [() => import('./request-translations.ts')],
  activity: [() => import('./request-translations.ts')],
  minutes: [() => import('./request-translations.ts')],
  // A new text of a statement that has translations or requests: they follow it.
  'statement-version': [() => import('./request-translations.ts')],
  'translation-request': [() => import('./draft-translation.ts')],
  translation: [() => import('./follow-translation.ts')],
};

/**
 * The stream's other reader besides send-mail (DynamoDB Streams serves two readers a shard without
 * throttling): it hands each record to what its entity sets going, in order.
 */
export const handler = streamFunction(async (change) => {
  const entity = String(change.newImage?.entity ?? '');
  const loads = readers[entity];
  if (!loads) throw new Error(`Nothing follows a change of ${entity || 'an unknown entity'}`);
  for (const load of loads) await (await load()).handle(change);
});
