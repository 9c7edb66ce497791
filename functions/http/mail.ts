import { mailRoutes as routes } from '#shared/api/routes/mail.ts';
import { NotFound } from '#shared/errors.ts';
import { keyOfMailId, listUndelivered, retryExhausted } from '#shared/mail/outbox.ts';
import { store } from '#shared/store/client.ts';
import { httpFunction } from '../lib/http.ts';

export const handler = httpFunction(routes, {
  listUndeliveredMail: async ({ query }) =>
    listUndelivered(store(), query.state ?? 'exhausted', query.cursor),

  retryMail: async ({ params }) => {
    const key = keyOfMailId(params.id);
    const retried = key ? await retryExhausted(store(), key) : undefined;
    if (!retried) throw new NotFound('There is no such message given up on.');
    return retried;
  },
});
