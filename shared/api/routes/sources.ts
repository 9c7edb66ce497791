import * as z from 'zod/mini';
import { storedConsultation } from '#shared/consultations/consultation.ts';
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
