import * as z from 'zod/mini';
import { meeting } from '#shared/meetings/meeting.ts';
import {
  closeInput,
  minutes,
  minutesInput,
  organisationName,
  pollAnswerInput,
} from '#shared/meetings/minutes.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, idParams, page } from './common.ts';

export const newsRoundView = z.object({
  meetingId: z.string(),
  title: z.string(),
  /** Minutes each organisation speaks. */
  turnMinutes: z.number(),
  /** Each organisation in turn: the registered participants' in the order they registered, then those added. */
  turns: z.array(z.object({ organisation: z.string(), spoken: z.boolean() })),
});

export const pollView = z.object({
  meetingId: z.string(),
  title: z.string(),
  previousMeetingId: z.optional(z.string()),
  /** The options, each with how many answers it suits. */
  options: z.array(z.object({ startsAt: z.string(), endsAt: z.string(), suits: z.number() })),
  chosen: z.optional(z.number()),
  answerCount: z.number(),
  /** Who answered what: only for the coordinator and those who ran the meeting that agreed the poll. */
  answers: z.optional(
    z.array(
      z.object({
        name: z.string(),
        organisation: z.optional(z.string()),
        suits: z.array(z.number()),
        answeredAt: z.string(),
      }),
    ),
  ),
});

/** The poll link's meeting (the one that agreed the poll), registration there, and token. */
const pollLinkQuery = z.object({
  m: z.optional(z.string().check(z.maxLength(64))),
  r: z.optional(z.string().check(z.maxLength(64))),
  t: z.optional(z.string().check(z.maxLength(200))),
});

export const meetingDecision = z.object({
  meetingId: z.string(),
  meetingTitle: z.string(),
  /** The day of the meeting, Helsinki time: the mandate's date. */
  decidedOn: z.string(),
  decisionId: z.string(),
  text: z.string(),
});

export const minutesRoutes = {
  getNewsRound: defineRoute({
    method: 'GET',
    path: '/api/meetings/{id}/news-round',
    access: 'signedIn',
    summary:
      "The news round's turns, each organisation once, with who has spoken (the chair: the host or the coordinator).",
    tags: ['meetings'],
    params: idParams,
    response: newsRoundView,
  }),
  addNewsRoundTurn: defineRoute({
    method: 'POST',
    path: '/api/meetings/{id}/news-round/turns',
    access: 'signedIn',
    summary: 'Adds an organisation to the news round (the chair).',
    tags: ['meetings'],
    params: idParams,
    body: z.object({ organisation: organisationName }),
    response: newsRoundView,
  }),
  recordNewsRoundSpoken: defineRoute({
    method: 'POST',
    path: '/api/meetings/{id}/news-round/spoken',
    access: 'signedIn',
    summary: 'Records that an organisation has spoken in the news round, or takes it back (the chair).',
    tags: ['meetings'],
    params: idParams,
    body: z.object({ organisation: organisationName, spoken: z.boolean() }),
    response: newsRoundView,
  }),
  getMinutes: defineRoute({
    method: 'GET',
    path: '/api/meetings/{id}/minutes',
    access: 'anyone',
    summary: "A meeting's minutes and decisions: published ones for anyone, a draft for those who write it.",
    tags: ['meetings'],
    params: idParams,
    response: minutes,
  }),
  saveMinutes: defineRoute({
    method: 'POST',
    path: '/api/meetings/{id}/minutes',
    access: 'signedIn',
    summary:
      'Saves the draft minutes (simple markdown) and decisions, once the meeting has started; a decision keeps its id across saves.',
    tags: ['meetings'],
    params: idParams,
    body: minutesInput,
    response: minutes,
  }),
  closeMinutes: defineRoute({
    method: 'POST',
    path: '/api/meetings/{id}/minutes/close',
    access: 'signedIn',
    summary:
      "Publishes the minutes with the next meeting agreed (its time, or a date poll of 2–5 options, and its host from the rotation): the meeting closes, the next one's draft is created, and every registered participant is mailed.",
    tags: ['meetings'],
    params: idParams,
    body: closeInput,
    response: z.object({ minutes, meeting, nextMeeting: meeting }),
  }),
  getDatePoll: defineRoute({
    method: 'GET',
    path: '/api/meetings/{id}/poll',
    access: 'anyone',
    summary:
      "A meeting's date poll with the count for each option: for those who plan the meeting or ran the one that agreed it, and for a participant with the link mailed to them (`m`, `r`, `t`); those who ran the meeting that agreed it also see who answered.",
    tags: ['meetings'],
    params: idParams,
    query: pollLinkQuery,
    response: pollView,
  }),
  answerDatePoll: defineRoute({
    method: 'POST',
    path: '/api/meetings/{id}/poll/answers',
    access: 'public',
    summary:
      'A participant of the meeting that agreed the poll answers with the link mailed to them: which options suit them (again: replaces the answer).',
    tags: ['meetings'],
    params: idParams,
    body: pollAnswerInput,
    response: pollView,
  }),
  decideDatePoll: defineRoute({
    method: 'POST',
    path: '/api/meetings/{id}/poll/decision',
    access: 'signedIn',
    summary: "Chooses an option of the date poll: the meeting's draft gets that time, and the poll closes.",
    tags: ['meetings'],
    params: idParams,
    body: z.object({ option: z.int().check(z.gte(0), z.lt(5)) }),
    response: pollView,
  }),
  listMeetingDecisions: defineRoute({
    method: 'GET',
    path: '/api/meeting-decisions',
    access: 'public',
    summary:
      "Decisions of network meetings' published minutes, the newest meeting first: to choose as a mandate.",
    tags: ['meetings'],
    query: cursorQuery,
    response: page(meetingDecision),
  }),
};
