import type { CommonMessages } from './fi.ts';

export const sv: CommonMessages = {
  'submission.outcome.taken-into-account': 'beaktades',
  'submission.outcome.partly': 'beaktades delvis',
  'submission.outcome.not-taken-into-account': 'beaktades inte',
  'submission.outcome.decision-pending': 'beslutet har ännu inte fattats',
  'removal.ground.unreachable': 'organisationen går inte att nå trots upprepade försök',
  'removal.ground.criteria': 'organisationen uppfyller inte nätverkets medlemskriterier',
  'removal.ground.hinders': 'organisationen agerar på ett sätt som tydligt försvårar integrationen',
  'removal.outcome.removed': 'organisationen utesluts ur nätverket',
  'removal.outcome.kept': 'organisationen fortsätter som medlem',
};
