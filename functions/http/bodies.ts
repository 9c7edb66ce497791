import { randomUUID } from 'node:crypto';
import { bodiesRoutes as routes } from '#shared/api/routes/bodies.ts';
import { actorOf } from '#shared/audit/audit.ts';
import type { Body } from '#shared/bodies/body.ts';
import {
  addOfficer,
  createBody,
  getBody,
  listBodies,
  listOfficers,
  removeOfficer,
  updateBody,
} from '#shared/bodies/body-store.ts';
import { NotFound } from '#shared/errors.ts';
import { ensurePerson } from '#shared/people/person-store.ts';
import { store } from '#shared/store/client.ts';
import { httpFunction } from '../lib/http.ts';

async function existingBody(id: string) {
  const body = await getBody(store(), id);
  if (!body) throw new NotFound('There is no such body.');
  return body;
}

export const handler = httpFunction(routes, {
  listBodies: async () => ({ items: await listBodies(store()) }),

  getBody: async ({ params }) => existingBody(params.id),

  createBody: async ({ body: input, caller, now }) => {
    const created: Body = { ...input, id: randomUUID(), createdAt: now.toISOString() };
    await createBody(store(), created, actorOf(caller), now);
    return created;
  },

  updateBody: async ({ params, body: changes, caller, now }) => {
    const before = await existingBody(params.id);
    const after: Body = { ...before, ...changes, name: { ...before.name, ...changes.name } };
    await updateBody(store(), before, after, actorOf(caller), now);
    return after;
  },

  listOfficers: async ({ params }) => ({
    items: await listOfficers(store(), (await existingBody(params.id)).id),
  }),

  addOfficer: async ({ params, body: input, caller, now }) => {
    const body = await existingBody(params.id);
    const person = await ensurePerson(store(), input.email, input.language, now);
    await addOfficer(store(), body, person, actorOf(caller), now);
    return { personId: person.id, email: person.email, language: person.language, since: now.toISOString() };
  },

  removeOfficer: async ({ params, caller, now }) => {
    await removeOfficer(store(), await existingBody(params.id), params.personId, actorOf(caller), now);
    return undefined;
  },
});
