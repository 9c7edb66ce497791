import { randomUUID } from 'node:crypto';
import { sourcesRoutes as routes } from '#shared/api/routes/sources.ts';
import { namedBody } from '#shared/bodies/body-store.ts';
import { getConsultation, listImportedDrafts } from '#shared/consultations/consultation-store.ts';
import { Conflict, NotFound, ValidationFailed } from '#shared/errors.ts';
import { MAPPING_REQUIRED, missesMapping, type Source } from '#shared/sources/source.ts';
import {
  createSource,
  dismissDraft,
  getImportedItem,
  getSource,
  listSources,
  saveSourceSettings,
} from '#shared/sources/source-store.ts';
import { store } from '#shared/store/client.ts';
import { httpFunction } from '../lib/http.ts';
import { readSourceNow } from '../lib/read-source.ts';

async function existingSource(id: string) {
  const found = await getSource(store(), id);
  if (!found) throw new NotFound('There is no such source.');
  return found;
}

export const handler = httpFunction(routes, {
  listSources: async () => ({
    items: (await listSources(store())).map(({ source }) => source),
  }),

  createSource: async ({ body: input, now }) => {
    await namedBody(store(), input.bodyId);
    const at = now.toISOString();
    // Polled at the scheduler's next run: a new source shows its first items within minutes.
    const created: Source = {
      ...input,
      id: randomUUID(),
      createdAt: at,
      updatedAt: at,
      health: { failures: 0, itemsFound: 0, itemsImported: 0, nextPollAt: at },
    };
    await createSource(store(), created);
    return created;
  },

  getSource: async ({ params }) => (await existingSource(params.id)).source,

  updateSource: async ({ params, body: changes, now }) => {
    const { source: before } = await existingSource(params.id);
    const at = now.toISOString();
    const after: Source = { ...before, ...changes, updatedAt: at };
    if (missesMapping(after)) throw new ValidationFailed([MAPPING_REQUIRED]);
    const pollingChanged =
      changes.url !== undefined ||
      changes.kind !== undefined ||
      changes.mapping !== undefined ||
      changes.enabled === true;
    // A new address or reading is tried at once, not after the old backoff.
    if (pollingChanged) after.health = { ...before.health, nextPollAt: at };
    await saveSourceSettings(store(), before, after);
    return after;
  },

  // The poll-sources function reads it (read-source.ts); an unknown source is a 404 here, without invoking it.
  pollSource: async ({ params }) => {
    await existingSource(params.id);
    return readSourceNow(params.id);
  },

  listTriage: async ({ query }) => listImportedDrafts(store(), query.cursor),

  dismissDraft: async ({ params }) => {
    const draft = await getConsultation(store(), params.id);
    if (!draft?.origin) throw new NotFound('There is no such imported draft.');
    if (draft.status !== 'draft') {
      throw new Conflict(`Only a draft can be dismissed; this one is ${draft.status}.`, 'not_draft');
    }
    const item = await getImportedItem(store(), draft.origin.sourceId, draft.origin.itemId);
    if (!item) throw new NotFound('There is no such imported draft.');
    await dismissDraft(store(), draft, item);
    return undefined;
  },
});
