import { randomUUID } from 'node:crypto';
import { applicationsRoutes as routes } from '#shared/api/routes/applications.ts';
import { actorOf } from '#shared/audit/audit.ts';
import { NotFound } from '#shared/errors.ts';
import { newApplication } from '#shared/membership/application.ts';
import {
  approveApplication,
  duplicateKeys,
  findPossibleDuplicates,
  getApplication,
  listApplications,
  rejectApplication,
  submitApplication,
} from '#shared/membership/application-store.ts';
import { ensurePerson } from '#shared/people/person-store.ts';
import { store } from '#shared/store/client.ts';
import { handle, httpFunction } from '../lib/http.ts';

async function existingApplication(id: string) {
  const app = await getApplication(store(), id);
  if (!app) throw new NotFound('There is no such application.');
  return app;
}

export const handler = httpFunction(
  handle(routes.submitApplication, async ({ body, now }) => {
    const s = store();
    const duplicates = await findPossibleDuplicates(s, duplicateKeys(body));
    const app = newApplication(body, randomUUID(), now, duplicates);
    await submitApplication(s, app, now);
    return {
      id: app.id,
      status: app.status,
      submittedAt: app.submittedAt,
      likelyDuplicate: duplicates.length > 0,
    };
  }),

  handle(routes.listApplications, async ({ query }) => listApplications(store(), query.status, query.cursor)),

  handle(routes.getApplication, async ({ params }) => existingApplication(params.id)),

  handle(routes.approveApplication, async ({ params, caller, now }) => {
    const s = store();
    const app = await existingApplication(params.id);
    const representatives = await Promise.all(
      app.representatives.map((email) => ensurePerson(s, email, app.contact.language, now)),
    );
    return approveApplication(s, app, representatives, actorOf(caller), now);
  }),

  handle(routes.rejectApplication, async ({ params, body, caller, now }) => {
    const app = await existingApplication(params.id);
    await rejectApplication(store(), app, body.reason, actorOf(caller), now);
    return existingApplication(params.id);
  }),
);
