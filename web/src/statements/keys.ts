import type { MessageKey } from '#shared/i18n/format.ts';
import type { Statement } from '../types.ts';

// Not imported from shared/statements/statement.ts: that module brings zod into the bundle.
export const statementStatusKeys: Record<Statement['status'], MessageKey> = {
  draft: 'statement.status.draft',
  open: 'statement.status.open',
  submitted: 'statement.status.submitted',
  acknowledged: 'statement.status.acknowledged',
  answered: 'statement.status.answered',
  withdrawn: 'statement.status.withdrawn',
};

/** The statuses after submission: the statement has a public record at `/submissions/<its id>`. */
export const isSubmitted = (s: Pick<Statement, 'status'>) =>
  s.status === 'submitted' || s.status === 'acknowledged' || s.status === 'answered';

export const statementPath = (id: string) => `/statements/${encodeURIComponent(id)}`;
export const submissionPath = (id: string) => `/submissions/${encodeURIComponent(id)}`;
