import type { CommonMessages } from './fi.ts';

export const uk: CommonMessages = {
  'submission.outcome.taken-into-account': 'враховано',
  'submission.outcome.partly': 'враховано частково',
  'submission.outcome.not-taken-into-account': 'не враховано',
  'submission.outcome.decision-pending': 'рішення ще не ухвалено',
  'removal.ground.unreachable': "з організацією неможливо зв'язатися, попри неодноразові спроби",
  'removal.ground.criteria': 'організація не відповідає критеріям членства в мережі',
  'removal.ground.hinders': 'організація діє так, що це явно ускладнює інтеграцію',
  'removal.outcome.removed': 'організація виключається з мережі',
  'removal.outcome.kept': 'організація залишається членом мережі',
};
