import type { MessageKey } from '#shared/i18n/format.ts';
import type { Consultation } from '../types.ts';

// Not imported from shared/consultations/consultation.ts: that module brings zod into the bundle.
export const kindKeys: Record<Consultation['kind'], MessageKey> = {
  'upcoming-decision': 'consultation.kind.upcoming-decision',
  consultation: 'consultation.kind.consultation',
  hearing: 'consultation.kind.hearing',
  survey: 'consultation.kind.survey',
  initiative: 'consultation.kind.initiative',
};

export const statusKeys: Record<Consultation['status'], MessageKey> = {
  draft: 'consultation.status.draft',
  published: 'consultation.status.published',
  closed: 'consultation.status.closed',
  decided: 'consultation.status.decided',
  cancelled: 'consultation.status.cancelled',
};

/** The statuses anyone can list (drafts are only in a body's own list). */
export const publicStatuses = [
  'published',
  'closed',
  'decided',
  'cancelled',
] as const satisfies readonly Exclude<Consultation['status'], 'draft'>[];
export type PublicStatus = (typeof publicStatuses)[number];

/** What an amendment changed that alerts subscribers again. */
export const changeKeys: Record<string, MessageKey> = {
  statementDeadline: 'consultation.change.statementDeadline',
  decisionDate: 'consultation.change.decisionDate',
  title: 'consultation.change.title',
  cancelled: 'consultation.change.cancelled',
};
