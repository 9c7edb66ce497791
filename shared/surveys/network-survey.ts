import * as z from 'zod/mini';
import { text } from '#shared/text.ts';
import { answerText, rating, ratingFigures } from './tally.ts';

/**
 * The network's yearly feedback survey: the coordinator writes one a year and sends it; every
 * representative of every member organisation gets a link of their own and answers once,
 * anonymously: how the network's year went (1–5), what worked, what to change.
 */
export const networkSurveyStatuses = ['draft', 'sent'] as const;

export const surveyYear = z.int().check(z.gte(2000), z.lte(2100));

export const networkSurveyInput = z.object({
  year: surveyYear,
  /** A few words from the coordinator, sent with the link and shown above the questions. */
  introduction: z.optional(text(2000)),
});
export type NetworkSurveyInput = z.output<typeof networkSurveyInput>;

export const networkSurvey = z.object({
  year: z.number(),
  introduction: z.optional(z.string()),
  status: z.enum(networkSurveyStatuses),
  createdAt: z.string(),
  createdBy: z.string(),
  sentAt: z.optional(z.string()),
  /** The representatives it was sent to. */
  invited: z.optional(z.number()),
});
export type NetworkSurvey = z.output<typeof networkSurvey>;

/** A year in a path: four digits. */
export const yearParams = z.object({ year: z.string().check(z.regex(/^\d{4}$/, 'A year: four digits.')) });

const token = z.string().check(z.minLength(20), z.maxLength(100));
const personId = z.string().check(z.trim(), z.minLength(1), z.maxLength(64));

export const surveyLinkQuery = z.object({ p: personId, t: token });

export const surveyAnswerInput = z.object({
  personId,
  token,
  rating,
  worked: answerText,
  change: answerText,
});
export type SurveyAnswerInput = z.output<typeof surveyAnswerInput>;

/** What the survey's page shows before the answer. */
export const surveyForm = z.object({
  year: z.number(),
  introduction: z.optional(z.string()),
  answered: z.boolean(),
});

/** The free texts of one answer, together, never with who wrote them. */
export const surveyTexts = z.object({ worked: z.optional(z.string()), change: z.optional(z.string()) });

export const networkSurveySummary = z.extend(networkSurvey, { figures: ratingFigures });

export const networkSurveyResults = z.object({
  survey: networkSurvey,
  figures: ratingFigures,
  texts: z.array(surveyTexts),
  cursor: z.optional(z.string()),
});
export type NetworkSurveyResults = z.output<typeof networkSurveyResults>;
