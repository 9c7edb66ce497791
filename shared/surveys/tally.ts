import * as z from 'zod/mini';
import { Conflict } from '#shared/errors.ts';
import type { TransactItem } from '#shared/store/transactions.ts';
import { text } from '#shared/text.ts';
import { ANSWER_TEXT_LIMIT, ratings } from './limits.ts';

export const rating = z.int().check(z.gte(1), z.lte(5));

/** Plain text, no HTML (the results page shows it as it was written). */
export const answerText = z.optional(text(ANSWER_TEXT_LIMIT));

/**
 * An answer is dated to its day only: with a time, an answer could be matched to the person who
 * opened their link at that moment.
 */
export const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/** Answers counted as they arrive (one ADD each, in the answer's transaction), so results are one read. */
export interface Tally {
  answers: number;
  sum: number;
  /** How many gave each rating, 1 to 5. */
  byRating: [number, number, number, number, number];
}

const countName = (r: number) => `r${r}`;

/** The tally's share of an answer's transaction: one more answer of this rating. */
export const tallyAddition = (key: Record<string, string>, entity: string, given: number): TransactItem => ({
  Update: {
    TableName: '',
    Key: key,
    UpdateExpression: `SET #entity = :entity ADD answers :one, #sum :rating, ${countName(given)} :one`,
    ExpressionAttributeNames: { '#entity': 'entity', '#sum': 'sum' },
    ExpressionAttributeValues: { ':entity': entity, ':one': 1, ':rating': given },
  },
});

export const emptyTally = (): Tally => ({ answers: 0, sum: 0, byRating: [0, 0, 0, 0, 0] });

export function tallyOf(item: Record<string, unknown> | undefined): Tally {
  if (!item) return emptyTally();
  const count = (name: string) => Number(item[name] ?? 0);
  return {
    answers: count('answers'),
    sum: count('sum'),
    byRating: ratings.map((r) => count(countName(r))) as Tally['byRating'],
  };
}

/** The figures of a survey: how many were asked, how many answered, the average and each rating's count. */
export const ratingFigures = z.object({
  invited: z.number(),
  answers: z.number(),
  /** Absent until someone answers; rounded to one decimal. */
  average: z.optional(z.number()),
  distribution: z.array(z.object({ rating: z.number(), count: z.number() })),
});
export type RatingFigures = z.output<typeof ratingFigures>;

export function figuresOf(tally: Tally, invited: number): RatingFigures {
  return {
    invited,
    answers: tally.answers,
    ...(tally.answers > 0 ? { average: Math.round((tally.sum / tally.answers) * 10) / 10 } : {}),
    distribution: ratings.map((r, i) => ({ rating: r, count: tally.byRating[i] ?? 0 })),
  };
}

/** A second answer from the same link. */
export const alreadyAnswered = () =>
  new Conflict(
    'This survey has been answered with this link already: each answers once.',
    'already_answered',
  );
