import * as z from 'zod/mini';
import type { Submission } from '#shared/submissions/submission.ts';

export const responsivenessSchema = z.object({
  submissions: z.int(),
  acknowledged: z.int(),
  answered: z.int(),
  /** Share of submissions with a final answer, 0..1; null before any submission. */
  shareAnswered: z.nullable(z.number()),
  medianDaysToAcknowledge: z.nullable(z.number()),
  medianDaysToAnswer: z.nullable(z.number()),
});
export type Responsiveness = z.output<typeof responsivenessSchema>;

/**
 * A body's running figures: counts, and how many submissions took each delay (in tenths of a day,
 * the precision shown), so the medians are exact without reading a single submission.
 */
export interface Figures {
  submissions: number;
  acknowledged: number;
  answered: number;
  toAcknowledge: Map<number, number>;
  toAnswer: Map<number, number>;
}

/** What one write of a submission adds to its body's figures. */
export interface FigureChange {
  submitted: boolean;
  /** Tenths of a day from submission to acknowledgement, when this write acknowledges. */
  acknowledgedIn?: number;
  /** The same to the first final answer, when this write gives it. */
  answeredIn?: number;
}

const TENTH_OF_DAY_MS = 8_640_000;

const tenthsBetween = (from: string, to: string) =>
  Math.max(0, Math.round((new Date(to).getTime() - new Date(from).getTime()) / TENTH_OF_DAY_MS));

/** What changes in the figures when a submission goes from `before` (none: it is new) to `after`. */
export function changeOf(before: Submission | undefined, after: Submission): FigureChange {
  return {
    submitted: before === undefined,
    ...(after.acknowledgement && !before?.acknowledgement
      ? { acknowledgedIn: tenthsBetween(after.submittedAt, after.acknowledgement.at) }
      : {}),
    ...(after.answeredAt && !before?.answeredAt
      ? { answeredIn: tenthsBetween(after.submittedAt, after.answeredAt) }
      : {}),
  };
}

export const noFigures = (): Figures => ({
  submissions: 0,
  acknowledged: 0,
  answered: 0,
  toAcknowledge: new Map(),
  toAnswer: new Map(),
});

const count = (histogram: Map<number, number>, value: number) =>
  histogram.set(value, (histogram.get(value) ?? 0) + 1);

/** The figures as the submissions themselves give them: what the running figures must equal. */
export function figuresOf(submissions: Submission[]): Figures {
  const figures = noFigures();
  for (const s of submissions) {
    const change = changeOf(undefined, s);
    figures.submissions += 1;
    if (change.acknowledgedIn !== undefined) {
      figures.acknowledged += 1;
      count(figures.toAcknowledge, change.acknowledgedIn);
    }
    if (change.answeredIn !== undefined) {
      figures.answered += 1;
      count(figures.toAnswer, change.answeredIn);
    }
  }
  return figures;
}

/** The median of a histogram of tenths, in days to one decimal. */
function median(histogram: Map<number, number>): number | null {
  const values = [...histogram.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = values.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  // The value at a 0-based rank in the sorted list the histogram stands for.
  const at = (rank: number) => {
    let seen = 0;
    for (const [value, n] of values) {
      seen += n;
      if (rank < seen) return value;
    }
    return 0;
  };
  const middle = Math.floor(total / 2);
  const tenths = total % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  return Math.round(tenths) / 10;
}

/** How quickly a body acknowledges and answers what it receives. */
export function responsivenessOf(f: Figures): Responsiveness {
  return {
    submissions: f.submissions,
    acknowledged: f.acknowledged,
    answered: f.answered,
    shareAnswered: f.submissions ? Math.round((f.answered / f.submissions) * 1000) / 1000 : null,
    medianDaysToAcknowledge: median(f.toAcknowledge),
    medianDaysToAnswer: median(f.toAnswer),
  };
}
