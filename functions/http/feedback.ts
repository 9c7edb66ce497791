import { feedbackRoutes as routes } from '#shared/api/routes/feedback.ts';
import { store } from '#shared/store/client.ts';
import {
  answerFeedback,
  meetingFeedbackResults,
  openFeedback,
} from '#shared/surveys/answer-meeting-feedback.ts';
import {
  answerNetworkSurvey,
  createNetworkSurvey,
  listNetworkSurveys,
  networkSurveyResults,
  openNetworkSurvey,
  sendNetworkSurvey,
} from '#shared/surveys/network-surveys.ts';
import { httpFunction } from '../lib/http.ts';

export const handler = httpFunction(routes, {
  meetingFeedbackForm: async ({ params, query }) => openFeedback(store(), params.id, query.r, query.t),

  answerMeetingFeedback: async ({ params, body, now }) => answerFeedback(store(), params.id, body, now),

  meetingFeedbackResults: async ({ params, query, caller }) =>
    meetingFeedbackResults(store(), caller, params.id, query.cursor),

  listNetworkSurveys: async () => ({ items: await listNetworkSurveys(store()) }),

  createNetworkSurvey: async ({ body, caller, now }) => createNetworkSurvey(store(), caller, body, now),

  sendNetworkSurvey: async ({ params, now }) => sendNetworkSurvey(store(), Number(params.year), now),

  networkSurveyResults: async ({ params, query }) =>
    networkSurveyResults(store(), Number(params.year), query.cursor),

  networkSurveyForm: async ({ params, query }) =>
    openNetworkSurvey(store(), Number(params.year), query.p, query.t),

  answerNetworkSurvey: async ({ params, body, now }) =>
    answerNetworkSurvey(store(), Number(params.year), body, now),
});
