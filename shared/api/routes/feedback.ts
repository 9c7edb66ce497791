import * as z from 'zod/mini';
import {
  feedbackForm,
  feedbackInput,
  feedbackLinkQuery,
  feedbackResults,
} from '#shared/surveys/meeting-feedback.ts';
import {
  networkSurvey,
  networkSurveyInput,
  networkSurveyResults,
  networkSurveySummary,
  surveyAnswerInput,
  surveyForm,
  surveyLinkQuery,
  yearParams,
} from '#shared/surveys/network-survey.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, idParams } from './common.ts';

const answered = z.object({ answered: z.literal(true) });

export const feedbackRoutes = {
  meetingFeedbackForm: defineRoute({
    method: 'GET',
    path: '/api/meetings/{id}/feedback/form',
    access: 'public',
    summary:
      "What a participant's feedback link opens: the meeting, and whether the link has been used (its signed `r` and `t`).",
    tags: ['feedback'],
    params: idParams,
    query: feedbackLinkQuery,
    response: feedbackForm,
  }),
  answerMeetingFeedback: defineRoute({
    method: 'POST',
    path: '/api/meetings/{id}/feedback',
    access: 'public',
    summary:
      "A participant's anonymous answer to the meeting's survey, with the signed link they were emailed: a rating of 1–5 and an optional text. The answer is stored without the registration; a second answer is 409 `already_answered`.",
    tags: ['feedback'],
    params: idParams,
    body: feedbackInput,
    response: answered,
    successStatus: 201,
  }),
  meetingFeedbackResults: defineRoute({
    method: 'GET',
    path: '/api/meetings/{id}/feedback',
    access: 'signedIn',
    summary:
      "The meeting's feedback for the coordinator and the host's representatives: how many were invited and answered, the average, each rating's count, and the texts (a page at a time, never with who wrote them).",
    tags: ['feedback'],
    params: idParams,
    query: cursorQuery,
    response: feedbackResults,
  }),
  listNetworkSurveys: defineRoute({
    method: 'GET',
    path: '/api/network-surveys',
    access: 'coordinator',
    summary: "The network's yearly surveys, newest first, with their figures (the coordinator).",
    tags: ['feedback'],
    response: z.object({ items: z.array(networkSurveySummary) }),
  }),
  createNetworkSurvey: defineRoute({
    method: 'POST',
    path: '/api/network-surveys',
    access: 'coordinator',
    summary: "Writes the year's network survey, to send later (the coordinator); a year has one.",
    tags: ['feedback'],
    body: networkSurveyInput,
    response: networkSurvey,
    successStatus: 201,
  }),
  sendNetworkSurvey: defineRoute({
    method: 'POST',
    path: '/api/network-surveys/{year}/send',
    access: 'coordinator',
    summary:
      'Sends every representative of every member organisation a link of their own to the survey (the coordinator). Sent again, it reaches only those a stopped send did not.',
    tags: ['feedback'],
    params: yearParams,
    response: networkSurvey,
  }),
  networkSurveyResults: defineRoute({
    method: 'GET',
    path: '/api/network-surveys/{year}',
    access: 'coordinator',
    summary:
      "A year's survey with its figures and its answers' texts, a page at a time, never with who wrote them (the coordinator).",
    tags: ['feedback'],
    params: yearParams,
    query: cursorQuery,
    response: networkSurveyResults,
  }),
  networkSurveyForm: defineRoute({
    method: 'GET',
    path: '/api/network-surveys/{year}/form',
    access: 'public',
    summary:
      "What a representative's survey link opens: the survey's introduction, and whether they have answered (its signed `p` and `t`).",
    tags: ['feedback'],
    params: yearParams,
    query: surveyLinkQuery,
    response: surveyForm,
  }),
  answerNetworkSurvey: defineRoute({
    method: 'POST',
    path: '/api/network-surveys/{year}/answers',
    access: 'public',
    summary:
      "A representative's anonymous answer, with their signed link: the year's rating (1–5), what worked, what to change. A second answer is 409 `already_answered`.",
    tags: ['feedback'],
    params: yearParams,
    body: surveyAnswerInput,
    response: answered,
    successStatus: 201,
  }),
};
