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
import { countAgainstLimit } from '#shared/store/rate-limit.ts';
import { clientAddress, httpFunction } from '../lib/http.ts';

/** Applications one client may send an hour: a few organisations may share one office's address. */
const APPLICATIONS_PER_CLIENT = 10;
/** Receipts one contact address may be sent a day, so nobody can flood someone else's inbox. */
const RECEIPTS_PER_ADDRESS = 3;
const HOUR = 3600;
const DAY = 86_400;

async function existingApplication(id: string) {
  const app = await getApplication(store(), id);
  if (!app) throw new NotFound('There is no such application.');
  return app;
}

export const handler = httpFunction(routes, {
  submitApplication: async ({ body, event, now }) => {
    const s = store();
    await countAgainstLimit(s, `apply-client#${clientAddress(event)}`, APPLICATIONS_PER_CLIENT, HOUR, now);
    await countAgainstLimit(s, `apply-address#${body.contact.email}`, RECEIPTS_PER_ADDRESS, DAY, now);
    const duplicates = await findPossibleDuplicates(s, duplicateKeys(body));
    const app = newApplication(body, randomUUID(), now, duplicates);
    await submitApplication(s, app, now);
    return {
      id: app.id,
      status: app.status,
      submittedAt: app.submittedAt,
      likelyDuplicate: duplicates.length > 0,
    };
  },

  listApplications: async ({ query }) => listApplications(store(), query.status, query.cursor),

  getApplication: async ({ params }) => existingApplication(params.id),

  approveApplication: async ({ params, caller, now }) => {
    const s = store();
    const app = await existingApplication(params.id);
    const representatives = await Promise.all(
      app.representatives.map((email) => ensurePerson(s, email, app.contact.language, now)),
    );
    return approveApplication(s, app, representatives, actorOf(caller), now);
  },

  rejectApplication: async ({ params, body, caller, now }) => {
    const app = await existingApplication(params.id);
    await rejectApplication(store(), app, body.reason, actorOf(caller), now);
    return existingApplication(params.id);
  },
});
