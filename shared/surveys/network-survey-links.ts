import { sameSecret } from '#shared/auth/constant-time.ts';
import { sign } from '#shared/subscriptions/signed-links.ts';

/** A representative's own link to a year's survey: it lets its holder answer that survey, once. */
export const surveyToken = (key: Uint8Array, year: number, personId: string) =>
  sign(key, 'network-survey', [String(year), personId]);

export const isSurveyToken = (key: Uint8Array, year: number, personId: string, token: string) =>
  sameSecret(surveyToken(key, year, personId), token);

/** The web app's page for it. */
export const surveyPath = (key: Uint8Array, year: number, personId: string) =>
  `/network-survey/${year}?${new URLSearchParams({ p: personId, t: surveyToken(key, year, personId) })}`;
