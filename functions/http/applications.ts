import { randomUUID } from 'node:crypto';
import { routes } from '#shared/api/routes.ts';
import { config } from '#shared/config.ts';
import { newApplication } from '#shared/membership/application.ts';
import { putApplication } from '#shared/membership/application-store.ts';
import { documentClient } from '#shared/store/client.ts';
import { handle, httpFunction } from '../lib/http.ts';

export const handler = httpFunction(
  handle(routes.submitApplication, async ({ body }) => {
    const app = newApplication(body, randomUUID(), new Date());
    await putApplication(documentClient(), config().tableName, app);
    return { id: app.id, status: app.status, submittedAt: app.submittedAt };
  }),
);
