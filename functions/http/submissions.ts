import { submissionsRoutes as routes } from '#shared/api/routes/submissions.ts';
import { bodyResponsiveness } from '#shared/bodies/body-responsiveness.ts';
import { store } from '#shared/store/client.ts';
import { readSubmission } from '#shared/submissions/read-submission.ts';
import { acknowledgeSubmission, answerSubmission } from '#shared/submissions/record-answer.ts';
import { listBodySubmissions, listConsultationSubmissions } from '#shared/submissions/submission-store.ts';
import { httpFunction } from '../lib/http.ts';

export const handler = httpFunction(routes, {
  getSubmission: async ({ params, caller }) => {
    return readSubmission(store(), params.id, caller);
  },

  listConsultationSubmissions: async ({ params, query }) =>
    listConsultationSubmissions(store(), params.id, query.cursor),

  listBodySubmissions: async ({ params, query }) => listBodySubmissions(store(), params.id, query.cursor),

  acknowledgeSubmission: async ({ params, body, caller, now }) => {
    return acknowledgeSubmission(store(), caller, params.id, body.diaryNumber, now);
  },

  respondToSubmission: async ({ params, body, caller, now }) => {
    return answerSubmission(store(), caller, params.id, body, now);
  },

  bodyResponsiveness: async ({ params }) => {
    return bodyResponsiveness(store(), params.id);
  },
});
