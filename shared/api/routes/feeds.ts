import * as z from 'zod/mini';
import { languageCodes } from '#shared/i18n/languages.ts';
import { topics } from '#shared/topics.ts';
import { defineRoute } from '../contract.ts';

const feedQuery = z.object({
  body: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
  topic: z.optional(z.enum(topics)),
  lang: z._default(z.enum(languageCodes), 'fi'),
});

const meetingFeedQuery = z.object({
  series: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
  lang: z._default(z.enum(languageCodes), 'fi'),
});

export const feedsRoutes = {
  consultationFeed: defineRoute({
    method: 'GET',
    path: '/api/feeds/consultations.atom',
    access: 'public',
    summary: 'An Atom feed of published consultations, filterable by body and topic, in a language.',
    tags: ['feeds'],
    query: feedQuery,
    response: null,
    responseContentType: 'application/atom+xml',
  }),
  deadlineFeed: defineRoute({
    method: 'GET',
    path: '/api/feeds/deadlines.ics',
    access: 'public',
    summary: 'An iCalendar feed of statement deadlines, filterable by body and topic.',
    tags: ['feeds'],
    query: feedQuery,
    response: null,
    responseContentType: 'text/calendar',
  }),
  meetingCalendarFeed: defineRoute({
    method: 'GET',
    path: '/api/feeds/meetings.ics',
    access: 'public',
    summary: 'An iCalendar feed of published meetings, coming and recent, filterable by series.',
    tags: ['feeds'],
    query: meetingFeedQuery,
    response: null,
    responseContentType: 'text/calendar',
  }),
  meetingFeed: defineRoute({
    method: 'GET',
    path: '/api/feeds/meetings.atom',
    access: 'public',
    summary: 'An Atom feed of published meetings, newest first, filterable by series.',
    tags: ['feeds'],
    query: meetingFeedQuery,
    response: null,
    responseContentType: 'application/atom+xml',
  }),
};
