import type { MessageKey } from '#shared/i18n/format.ts';
import type { SubmissionOutcome } from '../types.ts';

// Not imported from shared/submissions/submission.ts: that module brings zod (and node:crypto) into the bundle.
export const outcomeKeys: Record<SubmissionOutcome, MessageKey> = {
  'taken-into-account': 'submission.outcome.taken-into-account',
  partly: 'submission.outcome.partly',
  'not-taken-into-account': 'submission.outcome.not-taken-into-account',
  'decision-pending': 'submission.outcome.decision-pending',
};
export const outcomes = Object.keys(outcomeKeys) as SubmissionOutcome[];

/** The outcomes are written to follow "how it was taken into account:"; as a label, the first letter is capital. */
export const capitalised = (text: string, language: string) =>
  text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
