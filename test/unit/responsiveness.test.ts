import { describe, expect, it } from 'vitest';
import {
  changeOf,
  type FigureChange,
  type Figures,
  figuresOf,
  noFigures,
  responsivenessOf,
} from '#shared/bodies/responsiveness.ts';
import { acknowledged, answered, type Submission } from '#shared/submissions/submission.ts';

const hours = (h: number) => new Date(Date.UTC(2026, 10, 1) + h * 3_600_000);

const submittedAt = (h: number) =>
  ({ id: `s${h}`, status: 'submitted', submittedAt: hours(h).toISOString() }) as Submission;

/** What the ADDs of the running figures make of a series of changes. */
function apply(figures: Figures, change: FigureChange) {
  const bump = (histogram: Map<number, number>, value: number) =>
    histogram.set(value, (histogram.get(value) ?? 0) + 1);
  if (change.submitted) figures.submissions += 1;
  if (change.acknowledgedIn !== undefined) {
    figures.acknowledged += 1;
    bump(figures.toAcknowledge, change.acknowledgedIn);
  }
  if (change.answeredIn !== undefined) {
    figures.answered += 1;
    bump(figures.toAnswer, change.answeredIn);
  }
}

describe('running responsiveness figures', () => {
  it('built change by change equal those counted from the submissions at the end', () => {
    const running = noFigures();
    const final: Submission[] = [];
    const steps = (first: Submission, ...next: ((s: Submission) => Submission)[]) => {
      apply(running, changeOf(undefined, first));
      let current = first;
      for (const step of next) {
        const after = step(current);
        apply(running, changeOf(current, after));
        current = after;
      }
      final.push(current);
    };
    steps(submittedAt(0), (s) => acknowledged(s, 'D/1', hours(5)));
    steps(
      submittedAt(1),
      (s) => answered(s, { outcome: 'decision-pending', explanation: 'x' }, hours(30)),
      (s) => answered(s, { outcome: 'partly', explanation: 'y' }, hours(200)),
      (s) => answered(s, { outcome: 'taken-into-account', explanation: 'z' }, hours(300)),
    );
    steps(
      submittedAt(2),
      (s) => acknowledged(s, undefined, hours(50)),
      (s) => answered(s, { outcome: 'not-taken-into-account', explanation: 'n' }, hours(99)),
    );
    steps(submittedAt(3));

    expect(running).toEqual(figuresOf(final));
    expect(responsivenessOf(running)).toEqual({
      submissions: 4,
      acknowledged: 3,
      answered: 2,
      shareAnswered: 0.5,
      // 5 h, 29 h and 48 h: the middle is 29 h, 1.2 days.
      medianDaysToAcknowledge: 1.2,
      // 199 h and 97 h: 8.3 and 4.0 days, so 6.15, shown as 6.2 (half a tenth rounds up).
      medianDaysToAnswer: 6.2,
    });
  });
});
