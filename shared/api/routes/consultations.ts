import * as z from 'zod/mini';
import { alertTally } from '#shared/alerts/tally.ts';
import {
  consultation,
  consultationChanges,
  consultationInput,
  consultationStatuses,
  decisionInput,
  storedConsultation,
} from '#shared/consultations/consultation.ts';
import { languageCode } from '#shared/i18n/language-codes.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { topics } from '#shared/topics.ts';
import { listTitle } from '#shared/translations/list-titles.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, idParams, page } from './common.ts';

// Answers are stored consultations, read leniently: one an older rule let in may break today's limits.
export const consultationsRoutes = {
  listConsultations: defineRoute({
    method: 'GET',
    path: '/api/consultations',
    access: 'public',
    summary:
      "Published consultations and upcoming decisions, newest first, filtered by body, municipality, topic, status and text; with `language`, each title the network translated into the reader's language.",
    tags: ['consultations'],
    query: z.extend(cursorQuery, {
      // Mini enums have no `.exclude`: the same enum, built without drafts.
      status: z._default(z.enum(consultationStatuses.filter((status) => status !== 'draft')), 'published'),
      body: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
      municipality: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))),
      topic: z.optional(z.enum(topics)),
      q: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(100))),
      /** The reader's language: each title the network translated into it comes with the list. */
      language: z.optional(languageCode),
    }),
    response: page(
      stored(
        z.extend(consultation, {
          /** The title in `language`, marked reviewed or machine, when the officer wrote none in it. */
          translatedTitle: z.optional(listTitle),
        }),
      ),
    ),
  }),
  getConsultation: defineRoute({
    method: 'GET',
    path: '/api/consultations/{id}',
    access: 'anyone',
    summary: 'One consultation; a draft only for those who may manage it.',
    tags: ['consultations'],
    params: idParams,
    response: storedConsultation,
  }),
  listConsultationVersions: defineRoute({
    method: 'GET',
    path: '/api/consultations/{id}/versions',
    access: 'anyone',
    summary: 'The published versions of a consultation, oldest first, a page at a time.',
    tags: ['consultations'],
    params: idParams,
    query: cursorQuery,
    response: page(storedConsultation),
  }),
  createConsultation: defineRoute({
    method: 'POST',
    path: '/api/consultations',
    access: 'signedIn',
    summary: "Drafts a consultation for a body (its officers', or the coordinator).",
    tags: ['consultations'],
    body: consultationInput,
    response: storedConsultation,
    successStatus: 201,
  }),
  updateConsultation: defineRoute({
    method: 'PATCH',
    path: '/api/consultations/{id}',
    access: 'signedIn',
    summary: 'Edits a draft, or amends a published consultation (a new version).',
    tags: ['consultations'],
    params: idParams,
    body: consultationChanges,
    response: storedConsultation,
  }),
  publishConsultation: defineRoute({
    method: 'POST',
    path: '/api/consultations/{id}/publish',
    access: 'signedIn',
    summary: 'Publishes a draft: from now on anyone can read it.',
    tags: ['consultations'],
    params: idParams,
    response: storedConsultation,
  }),
  cancelConsultation: defineRoute({
    method: 'POST',
    path: '/api/consultations/{id}/cancel',
    access: 'signedIn',
    summary: 'Cancels a published consultation.',
    tags: ['consultations'],
    params: idParams,
    response: storedConsultation,
  }),
  recordDecision: defineRoute({
    method: 'POST',
    path: '/api/consultations/{id}/decision',
    access: 'signedIn',
    summary: 'Records the decision made: a link and a short summary.',
    tags: ['consultations'],
    params: idParams,
    body: decisionInput,
    response: storedConsultation,
  }),
  consultationAlerts: defineRoute({
    method: 'GET',
    path: '/api/consultations/{id}/alerts',
    access: 'signedIn',
    summary:
      'How many subscribers were alerted of each version, how many are pending, failed or bounced (officers of the body, the coordinator).',
    tags: ['consultations'],
    params: idParams,
    response: z.object({
      versions: z.array(alertTally),
      total: z.omit(alertTally, { version: true, reason: true }),
    }),
  }),
  listBodyConsultations: defineRoute({
    method: 'GET',
    path: '/api/bodies/{id}/consultations',
    access: { officerOf: 'id', orCoordinator: true },
    summary: "A body's consultations, drafts included, newest first.",
    tags: ['consultations'],
    params: idParams,
    query: cursorQuery,
    response: page(storedConsultation),
  }),
};
