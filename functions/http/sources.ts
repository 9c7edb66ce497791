import { sourcesRoutes as routes } from '#shared/api/routes/sources.ts';
import { actorOf } from '#shared/audit/audit.ts';
import { listImportedDrafts } from '#shared/consultations/consultation-store.ts';
import { DomainError, NotFound } from '#shared/errors.ts';
import { addSource } from '#shared/sources/create-source.ts';
import { dismissImportedDraft } from '#shared/sources/dismiss-draft.ts';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '#shared/sources/hook.ts';
import { removeHook } from '#shared/sources/hook-store.ts';
import { acceptHookCall, enableHook } from '#shared/sources/source-hook.ts';
import { deleteSource, getSource, listSources } from '#shared/sources/source-store.ts';
import { updateSource } from '#shared/sources/update-source.ts';
import { store } from '#shared/store/client.ts';
import { countAgainstLimit } from '#shared/store/rate-limit.ts';
import { clientAddress, httpFunction } from '../lib/http.ts';
import { previewSourceNow, readSourceNow } from '../lib/read-source.ts';

/** Push hook calls one client may make a minute: a decision system signals a change, not a stream. */
const HOOK_CALLS_PER_CLIENT = 60;
const MINUTE = 60;

async function existingSource(id: string) {
  const found = await getSource(store(), id);
  if (!found) throw new NotFound('There is no such source.');
  return found;
}

export const handler = httpFunction(routes, {
  listSources: async () => ({
    items: (await listSources(store())).map(({ source }) => source),
  }),

  createSource: async ({ body, caller, now }) => addSource(store(), body, actorOf(caller), now),

  getSource: async ({ params }) => (await existingSource(params.id)).source,

  updateSource: async ({ params, body, caller, now }) =>
    updateSource(store(), (await existingSource(params.id)).source, body, actorOf(caller), now),

  deleteSource: async ({ params, caller, now }) => {
    await deleteSource(store(), (await existingSource(params.id)).source, actorOf(caller), now);
    return undefined;
  },

  // Read by poll-sources, which has the readers and the guarded fetch (read-source.ts).
  previewSource: async ({ body }) => {
    const result = await previewSourceNow(body);
    if (result.status === 'read') return { found: result.found, items: result.items };
    throw new DomainError('unprocessable', result.code, result.message, result.params);
  },

  enableSourceHook: async ({ params, caller, now }) => ({
    secret: await enableHook(store(), (await existingSource(params.id)).source, actorOf(caller), now),
  }),

  disableSourceHook: async ({ params, caller, now }) => {
    const { source } = await existingSource(params.id);
    if (source.hook) await removeHook(store(), source, actorOf(caller), now);
    return undefined;
  },

  sourceHook: async ({ params, event, rawBody, now }) => {
    await countAgainstLimit(
      store(),
      `source-hook#${clientAddress(event)}`,
      HOOK_CALLS_PER_CLIENT,
      MINUTE,
      now,
    );
    await acceptHookCall(
      store(),
      params.id,
      {
        timestamp: event.headers[TIMESTAMP_HEADER],
        signature: event.headers[SIGNATURE_HEADER],
        body: rawBody ?? Buffer.alloc(0),
      },
      now,
    );
    const { imported, updated } = await readSourceNow(params.id);
    return { imported, updated };
  },

  // The poll-sources function reads it (read-source.ts); an unknown source is a 404 here, without invoking it.
  pollSource: async ({ params }) => {
    await existingSource(params.id);
    return readSourceNow(params.id);
  },

  listTriage: async ({ query }) => listImportedDrafts(store(), query.cursor),

  dismissDraft: async ({ params }) => {
    await dismissImportedDraft(store(), params.id);
    return undefined;
  },
});
