import { randomUUID } from 'node:crypto';
import { totalOf } from '#shared/alerts/tally.ts';
import { readTallies } from '#shared/alerts/tally-store.ts';
import { consultationsRoutes as routes } from '#shared/api/routes/consultations.ts';
import type { Caller } from '#shared/auth/access.ts';
import { namedBody } from '#shared/bodies/body-store.ts';
import {
  assertDecidable,
  assertEditable,
  assertMayManage,
  assertPublishable,
  type Consultation,
  isVisibleTo,
  materialChanges,
} from '#shared/consultations/consultation.ts';
import {
  createConsultation,
  getConsultation,
  listBodyConsultations,
  listConsultations,
  listVersions,
  saveConsultation,
} from '#shared/consultations/consultation-store.ts';
import { BadRequest, Conflict, NotFound } from '#shared/errors.ts';
import { store } from '#shared/store/client.ts';
import { handle, httpFunction } from '../lib/http.ts';

async function visible(id: string, caller: Caller | undefined) {
  const found = await getConsultation(store(), id);
  // A draft is not acknowledged to exist for anyone who may not see it.
  if (!found || !isVisibleTo(found, caller)) throw new NotFound('There is no such consultation.');
  return found;
}

async function managed(id: string, caller: Caller) {
  const found = await visible(id, caller);
  assertMayManage(caller, found.bodyId);
  return found;
}

async function save(before: Consultation, after: Consultation) {
  await saveConsultation(store(), before, after);
  return after;
}

export const handler = httpFunction(
  handle(routes.listConsultations, async ({ query }) =>
    listConsultations(
      store(),
      {
        status: query.status,
        bodyId: query.body,
        municipality: query.municipality,
        topic: query.topic,
        text: query.q,
      },
      query.cursor,
    ),
  ),

  handle(routes.getConsultation, async ({ params, caller }) => visible(params.id, caller)),

  handle(routes.listConsultationVersions, async ({ params, query, caller }) =>
    listVersions(store(), (await visible(params.id, caller)).id, query.cursor),
  ),

  handle(routes.createConsultation, async ({ body: input, caller, now }) => {
    assertMayManage(caller, input.bodyId);
    const body = await namedBody(store(), input.bodyId);
    const at = now.toISOString();
    const created: Consultation = {
      ...input,
      id: randomUUID(),
      status: 'draft',
      version: 0,
      municipality: body.municipality,
      createdAt: at,
      updatedAt: at,
      materialChanges: [],
    };
    await createConsultation(store(), created);
    return created;
  }),

  handle(routes.updateConsultation, async ({ params, body: changes, caller, now }) => {
    const before = await managed(params.id, caller);
    assertEditable(before);
    const edited: Consultation = { ...before, ...changes, updatedAt: now.toISOString() };
    if (!edited.texts[edited.originalLanguage]) {
      throw new BadRequest('Keep the title and summary in the original language.', 'original_missing');
    }
    if (before.status === 'draft') return save(before, edited);
    if (edited.statementDeadline && new Date(edited.statementDeadline) <= now) {
      throw new Conflict('The new statement deadline has already passed.', 'deadline_passed');
    }
    // After publication every edit is a version; a material one alerts subscribers again.
    return save(before, {
      ...edited,
      version: before.version + 1,
      materialChanges: materialChanges(before, edited),
    });
  }),

  handle(routes.publishConsultation, async ({ params, caller, now }) => {
    const before = await managed(params.id, caller);
    assertPublishable(before, now);
    const at = now.toISOString();
    return save(before, {
      ...before,
      status: 'published',
      version: 1,
      publishedAt: at,
      updatedAt: at,
      materialChanges: [],
    });
  }),

  handle(routes.cancelConsultation, async ({ params, caller, now }) => {
    const before = await managed(params.id, caller);
    if (before.status !== 'published')
      throw new Conflict(
        `Only a published consultation can be cancelled; this one is ${before.status}.`,
        'not_published',
      );
    const cancelled: Consultation = { ...before, status: 'cancelled', updatedAt: now.toISOString() };
    return save(before, {
      ...cancelled,
      version: before.version + 1,
      materialChanges: materialChanges(before, cancelled),
    });
  }),

  handle(routes.recordDecision, async ({ params, body: decision, caller, now }) => {
    const before = await managed(params.id, caller);
    assertDecidable(before);
    const at = now.toISOString();
    return save(before, {
      ...before,
      status: 'decided',
      decision: { ...decision, at },
      updatedAt: at,
      materialChanges: [],
    });
  }),

  handle(routes.consultationAlerts, async ({ params, caller }) => {
    const found = await managed(params.id, caller);
    const versions = await readTallies(store(), found.id, found.version);
    return { versions, total: totalOf(versions) };
  }),

  handle(routes.listBodyConsultations, async ({ params, query }) =>
    listBodyConsultations(store(), params.id, query.cursor),
  ),
);
