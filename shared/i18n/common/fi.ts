/**
 * The names of codes that both the web app and emails show (a submission's outcome, a removal's
 * ground and outcome), as parts of a sentence. Finnish is the source: its keys are every language's.
 */
export const fi = {
  'submission.outcome.taken-into-account': 'otettiin huomioon',
  'submission.outcome.partly': 'otettiin osittain huomioon',
  'submission.outcome.not-taken-into-account': 'ei otettu huomioon',
  'submission.outcome.decision-pending': 'päätös on vielä tekemättä',
  'removal.ground.unreachable': 'järjestö ei ole tavoitettavissa toistuvista yrityksistä huolimatta',
  'removal.ground.criteria': 'järjestö ei täytä verkoston jäsenyyskriteerejä',
  'removal.ground.hinders': 'järjestö toimii tavalla, joka selvästi vaikeuttaa kotoutumista',
  'removal.outcome.removed': 'järjestö erotetaan verkostosta',
  'removal.outcome.kept': 'järjestö jatkaa jäsenenä',
} as const;

export type CommonMessages = Record<keyof typeof fi, string>;
