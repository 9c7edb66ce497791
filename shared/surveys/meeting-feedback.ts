import * as z from 'zod/mini';
import { answerText, rating, ratingFigures } from './tally.ts';

/** The survey goes out an hour after a meeting ends, to meetings that ended in the last 14 days. */
export const FEEDBACK_AFTER_HOURS = 1;
export const FEEDBACK_WITHIN_DAYS = 14;

const token = z.string().check(z.minLength(20), z.maxLength(100));

export const feedbackInput = z.object({
  registrationId: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  token,
  rating,
  text: answerText,
});
export type FeedbackInput = z.output<typeof feedbackInput>;

export const feedbackLinkQuery = z.object({ r: z.string().check(z.minLength(1), z.maxLength(64)), t: token });

/** What the survey's page shows before the answer: which meeting, and whether this link was used. */
export const feedbackForm = z.object({
  meeting: z.object({
    id: z.string(),
    title: z.string(),
    startsAt: z.optional(z.string()),
    endsAt: z.optional(z.string()),
  }),
  answered: z.boolean(),
});

/** The figures for those who run the meeting, with the free texts (never who wrote them). */
export const feedbackResults = z.extend(ratingFigures, {
  /** The survey has been sent (an hour after the meeting ended). */
  sent: z.boolean(),
  texts: z.array(z.string()),
  cursor: z.optional(z.string()),
});
export type FeedbackResults = z.output<typeof feedbackResults>;
