import type * as z from 'zod/mini';
import type { Caller } from '#shared/auth/access.ts';
import { signedLinkKey, signedLinkKeys } from '#shared/auth/session-key.ts';
import { BadRequest, Conflict, NotFound } from '#shared/errors.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import type { Store } from '#shared/store/client.ts';
import type {
  NetworkSurvey,
  NetworkSurveyInput,
  NetworkSurveyResults,
  networkSurveySummary,
  SurveyAnswerInput,
  surveyForm,
} from './network-survey.ts';
import { isSurveyToken, surveyPath } from './network-survey-links.ts';
import {
  addSurveyAnswer,
  createSurvey,
  getSurvey,
  hasAnswered,
  listSurveys,
  memberRepresentatives,
  readTally,
  sendMark,
  surveyTallies,
  surveyTexts,
} from './network-survey-store.ts';
import { sendInTurns } from './personal-notices.ts';
import { alreadyAnswered, emptyTally, figuresOf } from './tally.ts';

const noSurvey = () => new NotFound('There is no survey for that year.');

async function existingSurvey(store: Store, year: number) {
  const found = await getSurvey(store, year);
  if (!found) throw noSurvey();
  return found;
}

/** The coordinator writes the year's survey; a year has one. */
export async function createNetworkSurvey(
  store: Store,
  caller: Caller,
  input: NetworkSurveyInput,
  now: Date,
): Promise<NetworkSurvey> {
  const survey: NetworkSurvey = {
    ...input,
    status: 'draft',
    createdAt: now.toISOString(),
    createdBy: caller.personId,
  };
  if (!(await createSurvey(store, survey)))
    throw new Conflict(`The network has a survey for ${input.year} already.`, 'survey_exists');
  return survey;
}

/**
 * Sends every representative of every member organisation their own link. Sending again a survey
 * whose send stopped half-way sends to those not reached yet; a survey sent to all is a 409.
 */
export async function sendNetworkSurvey(store: Store, year: number, now: Date): Promise<NetworkSurvey> {
  const { survey, progress } = await existingSurvey(store, year);
  if (survey.status === 'sent' && (progress?.done ?? true))
    throw new Conflict('This survey has been sent already.', 'not_draft');
  const [key, representatives] = await Promise.all([signedLinkKey(), memberRepresentatives(store)]);
  const notices = representatives.map((rep) => ({
    key: rep.personId,
    notice: noticeItem(
      'networkSurvey',
      [{ email: rep.email, language: rep.language }],
      {
        year: String(year),
        ...(survey.introduction ? { introduction: survey.introduction } : {}),
        path: surveyPath(key, year, rep.personId),
      },
      now,
    ),
  }));
  await sendInTurns(
    store,
    notices,
    survey.status === 'sent' ? progress?.after : undefined,
    sendMark(year, survey.invited ?? representatives.length, now),
  );
  return (await existingSurvey(store, year)).survey;
}

export async function listNetworkSurveys(store: Store): Promise<z.output<typeof networkSurveySummary>[]> {
  const surveys = await listSurveys(store);
  const tallies = await surveyTallies(
    store,
    surveys.map((s) => s.year),
  );
  return surveys.map((s) => ({
    ...s,
    figures: figuresOf(tallies.get(s.year) ?? emptyTally(), s.invited ?? 0),
  }));
}

export async function networkSurveyResults(
  store: Store,
  year: number,
  cursor: string | undefined,
): Promise<NetworkSurveyResults> {
  const [{ survey }, tally, texts] = await Promise.all([
    existingSurvey(store, year),
    readTally(store, year),
    surveyTexts(store, year, cursor),
  ]);
  return {
    survey,
    figures: figuresOf(tally, survey.invited ?? 0),
    texts: texts.items,
    ...(texts.cursor ? { cursor: texts.cursor } : {}),
  };
}

const badLink = () =>
  new BadRequest('This survey link is not valid. Use the link in the email you were sent.', 'invalid_link');

/** The sent survey a representative's signed link names, or the 400 of a link that is not one. */
async function linkedSurvey(store: Store, year: number, personId: string, token: string) {
  if (!isSurveyToken(await signedLinkKeys(), year, personId, token)) throw badLink();
  const found = await getSurvey(store, year);
  if (found?.survey.status !== 'sent') throw badLink();
  return found.survey;
}

export async function openNetworkSurvey(
  store: Store,
  year: number,
  personId: string,
  token: string,
): Promise<z.output<typeof surveyForm>> {
  const survey = await linkedSurvey(store, year, personId, token);
  return {
    year,
    ...(survey.introduction ? { introduction: survey.introduction } : {}),
    answered: await hasAnswered(store, year, personId),
  };
}

/** Takes a representative's answer, anonymously; a second one from the same link is a 409. */
export async function answerNetworkSurvey(store: Store, year: number, input: SurveyAnswerInput, now: Date) {
  await linkedSurvey(store, year, input.personId, input.token);
  const answer = {
    rating: input.rating,
    ...(input.worked ? { worked: input.worked } : {}),
    ...(input.change ? { change: input.change } : {}),
  };
  if (!(await addSurveyAnswer(store, year, input.personId, answer, now))) throw alreadyAnswered();
  return { answered: true as const };
}
