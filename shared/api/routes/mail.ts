import * as z from 'zod/mini';
import { defineRoute } from '../contract.ts';
import { page } from './common.ts';

/** A message not delivered: given up on (exhausted), or still being tried (failing). */
export const undeliveredMail = z.object({
  id: z.string(),
  kind: z.enum(['alert', 'submission', 'notice']),
  to: z.string(),
  status: z.string(),
  attempts: z.int(),
  lastError: z.optional(z.string()),
  at: z.string(),
});

const mailId = z.object({ id: z.string().check(z.minLength(1), z.maxLength(1024)) });

export const mailRoutes = {
  listUndeliveredMail: defineRoute({
    method: 'GET',
    path: '/api/mail/undelivered',
    access: 'coordinator',
    summary:
      'Mail that was not delivered: given up on after every attempt (exhausted, newest first), or failing and still retried (failing).',
    tags: ['mail'],
    query: z.object({
      state: z.optional(z.enum(['exhausted', 'failing'])),
      cursor: z.optional(z.string().check(z.maxLength(1024))),
    }),
    response: page(undeliveredMail),
  }),
  retryMail: defineRoute({
    method: 'POST',
    path: '/api/mail/undelivered/{id}/retry',
    access: 'coordinator',
    summary: 'Sends a message given up on once more, with its attempts counted anew.',
    tags: ['mail'],
    params: mailId,
    response: undeliveredMail,
  }),
};
