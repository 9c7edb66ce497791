import { sign, signedByAny } from '#shared/subscriptions/signed-links.ts';

/** A representative's own link to a year's survey: it lets its holder answer that survey, once. */
export const surveyToken = (key: Uint8Array, year: number, personId: string) =>
  sign(key, 'network-survey', [String(year), personId]);

/** Whether the token was signed for the year's survey and the person with one of the keys (`signedLinkKeys()`). */
export const isSurveyToken = (keys: Uint8Array[], year: number, personId: string, token: string) =>
  signedByAny(keys, token, (key) => surveyToken(key, year, personId));

/** The web app's page for it. */
export const surveyPath = (key: Uint8Array, year: number, personId: string) =>
  `/network-survey/${year}?${new URLSearchParams({ p: personId, t: surveyToken(key, year, personId) })}`;
