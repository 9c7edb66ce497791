import type { CommonMessages } from './fi.ts';

export const en: CommonMessages = {
  'submission.outcome.taken-into-account': 'taken into account',
  'submission.outcome.partly': 'partly taken into account',
  'submission.outcome.not-taken-into-account': 'not taken into account',
  'submission.outcome.decision-pending': 'decision still pending',
  'removal.ground.unreachable': 'the organisation cannot be reached despite repeated attempts',
  'removal.ground.criteria': 'the organisation no longer meets the membership criteria',
  'removal.ground.hinders': 'the organisation acts in a way that clearly hinders integration',
  'removal.outcome.removed': 'the organisation is removed from the network',
  'removal.outcome.kept': 'the organisation remains a member',
};
