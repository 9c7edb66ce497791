import * as z from 'zod/mini';
import { storedConsultation } from '#shared/consultations/consultation.ts';
import { previewFound, previewInput } from '#shared/sources/preview.ts';
import { source, sourceChanges, sourceInput } from '#shared/sources/source.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, idParams, page } from './common.ts';

export const sourcesRoutes = {
  listSources: defineRoute({
    method: 'GET',
    path: '/api/sources',
    access: 'coordinator',
    summary: "Agenda sources (feeds and decision-system APIs) with each one's health.",
    tags: ['sources'],
    response: z.object({ items: z.array(source) }),
  }),
  createSource: defineRoute({
    method: 'POST',
    path: '/api/sources',
    access: 'coordinator',
    summary: 'Adds an agenda source for a body: polled from now on, its new items become drafts.',
    tags: ['sources'],
    body: sourceInput,
    response: source,
    successStatus: 201,
  }),
  getSource: defineRoute({
    method: 'GET',
    path: '/api/sources/{id}',
    access: 'coordinator',
    summary: 'One agenda source and its health.',
    tags: ['sources'],
    params: idParams,
    response: source,
  }),
  updateSource: defineRoute({
    method: 'PATCH',
    path: '/api/sources/{id}',
    access: 'coordinator',
    summary: "Changes a source's address, kind, rules, interval, or whether it is polled.",
    tags: ['sources'],
    params: idParams,
    body: sourceChanges,
    response: source,
  }),
  deleteSource: defineRoute({
    method: 'DELETE',
    path: '/api/sources/{id}',
    access: 'coordinator',
    summary:
      'Deletes a source and the records of its items, on the record; the drafts it imported stay in the agenda queue.',
    tags: ['sources'],
    params: idParams,
    response: null,
    successStatus: 204,
  }),
  previewSource: defineRoute({
    method: 'POST',
    path: '/api/sources/preview',
    access: 'coordinator',
    summary:
      'Reads an address as a source of the kind would, and answers how many items it found and the first 10; saves nothing.',
    tags: ['sources'],
    body: previewInput,
    response: previewFound,
    fetches: true,
  }),
  enableSourceHook: defineRoute({
    method: 'POST',
    path: '/api/sources/{id}/hook-secret',
    access: 'coordinator',
    summary:
      "Enables the source's push hook, or gives it a new secret (the old one stops working); the secret is shown this once.",
    tags: ['sources'],
    params: idParams,
    response: z.object({ secret: z.string() }),
    successStatus: 201,
  }),
  disableSourceHook: defineRoute({
    method: 'DELETE',
    path: '/api/sources/{id}/hook-secret',
    access: 'coordinator',
    summary: "Disables the source's push hook: calls to it are refused.",
    tags: ['sources'],
    params: idParams,
    response: null,
    successStatus: 204,
  }),
  sourceHook: defineRoute({
    method: 'POST',
    path: '/api/sources/{id}/hook',
    access: 'public',
    summary:
      'Push hook: a decision system signals that the source changed, and it is read at once. Signed: `X-Kaiutin-Timestamp` (unix seconds) and `X-Kaiutin-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the secret>`; a call more than 5 minutes from now, or seen before, is refused. Nothing else is read from the body.',
    tags: ['sources'],
    params: idParams,
    response: z.object({ imported: z.int(), updated: z.int() }),
    rateLimited: true,
    signed: true,
  }),
  pollSource: defineRoute({
    method: 'POST',
    path: '/api/sources/{id}/poll',
    access: 'coordinator',
    summary: 'Polls a source now, whatever its schedule; answers with what was found.',
    tags: ['sources'],
    params: idParams,
    response: z.object({ source, imported: z.int(), updated: z.int() }),
  }),
  listTriage: defineRoute({
    method: 'GET',
    path: '/api/triage',
    access: 'coordinator',
    summary: 'Drafts imported from agenda sources, newest first, waiting to be published or dismissed.',
    tags: ['sources'],
    query: cursorQuery,
    response: page(storedConsultation),
  }),
  dismissDraft: defineRoute({
    method: 'POST',
    path: '/api/triage/{id}/dismiss',
    access: 'coordinator',
    summary: 'Dismisses an imported draft: it is deleted, and its item is never imported again.',
    tags: ['sources'],
    params: idParams,
    response: null,
    successStatus: 204,
  }),
};
