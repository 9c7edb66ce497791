import type { CommonMessages } from './fi.ts';

export const ru: CommonMessages = {
  'submission.outcome.taken-into-account': 'учтено',
  'submission.outcome.partly': 'учтено частично',
  'submission.outcome.not-taken-into-account': 'не учтено',
  'submission.outcome.decision-pending': 'решение ещё не принято',
  'removal.ground.unreachable': 'с организацией невозможно связаться, несмотря на неоднократные попытки',
  'removal.ground.criteria': 'организация не соответствует критериям членства в сети',
  'removal.ground.hinders': 'организация действует так, что это явно затрудняет интеграцию',
  'removal.outcome.removed': 'организация исключается из сети',
  'removal.outcome.kept': 'организация остаётся членом сети',
};
