import { consultationAlerts } from '#shared/alerts/consultation-alerts.ts';
import { consultationsRoutes as routes } from '#shared/api/routes/consultations.ts';
import { amendConsultation, cancelConsultation } from '#shared/consultations/amend-consultation.ts';
import { listBodyConsultations } from '#shared/consultations/consultation-store.ts';
import { draftConsultation } from '#shared/consultations/draft-consultation.ts';
import { publishConsultation } from '#shared/consultations/publish-consultation.ts';
import {
  consultationVersions,
  listedConsultations,
  visibleConsultation,
} from '#shared/consultations/read-consultation.ts';
import { recordDecision } from '#shared/consultations/record-decision.ts';
import { store } from '#shared/store/client.ts';
import { httpFunction } from '../lib/http.ts';

export const handler = httpFunction(routes, {
  listConsultations: async ({ query }) =>
    listedConsultations(
      store(),
      {
        status: query.status,
        bodyId: query.body,
        municipality: query.municipality,
        topic: query.topic,
        text: query.q,
      },
      query.cursor,
      query.language,
    ),

  getConsultation: async ({ params, caller }) => visibleConsultation(store(), params.id, caller),

  listConsultationVersions: async ({ params, query, caller }) =>
    consultationVersions(store(), params.id, caller, query.cursor),

  createConsultation: async ({ body: input, caller, now }) => {
    return draftConsultation(store(), caller, input, now);
  },

  updateConsultation: async ({ params, body: changes, caller, now }) => {
    return amendConsultation(store(), caller, params.id, changes, now);
  },

  publishConsultation: async ({ params, caller, now }) => {
    return publishConsultation(store(), caller, params.id, now);
  },

  cancelConsultation: async ({ params, caller, now }) => {
    return cancelConsultation(store(), caller, params.id, now);
  },

  recordDecision: async ({ params, body: decision, caller, now }) => {
    return recordDecision(store(), caller, params.id, decision, now);
  },

  consultationAlerts: async ({ params, caller }) => {
    return consultationAlerts(store(), caller, params.id);
  },

  listBodyConsultations: async ({ params, query }) => listBodyConsultations(store(), params.id, query.cursor),
});
