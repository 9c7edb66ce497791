import { createHash, randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  listOrganisations,
  listRepresentatives,
  type Representative,
} from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { getMany, type Page, queryAll, queryPage } from '#shared/store/query.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { KEY } from '#shared/store/table.ts';
import { createOnce, failedNames, putNew, transact } from '#shared/store/transactions.ts';
import { type NetworkSurvey, networkSurvey } from './network-survey.ts';
import type { ProgressMark } from './personal-notices.ts';
import { dayOf, type Tally, tallyAddition, tallyOf } from './tally.ts';

/*
 * A year's survey is a partition: `PROFILE` (the survey, listed by year on gsi1 `SURVEYS`, with how
 * far its send got), `TALLY` (the running figures), `ANSWER#<random id>` (each answer, with no
 * reference to anyone) and `ANSWERED#<hash of the person's id>` (refuses a second answer).
 */
const surveyPartition = (year: number) => `SURVEY#${year}`;
const profileKey = (year: number) => ({ [KEY.pk]: surveyPartition(year), [KEY.sk]: 'PROFILE' });
const tallyKey = (year: number) => ({ [KEY.pk]: surveyPartition(year), [KEY.sk]: 'TALLY' });
const ANSWER = 'ANSWER#';
/** Hashed, so the marker does not name the person: it only says that someone with that id answered. */
const answeredKey = (year: number, personId: string) => ({
  [KEY.pk]: surveyPartition(year),
  [KEY.sk]: `ANSWERED#${createHash('sha256').update(personId).digest('base64url')}`,
});
const LIST = 'SURVEYS';

const storedSurvey = stored(networkSurvey);

const surveyItem = (s: NetworkSurvey) => ({
  ...profileKey(s.year),
  [KEY.gsi1pk]: LIST,
  [KEY.gsi1sk]: String(s.year),
  entity: 'network-survey',
  ...s,
});

/** False when the year has its survey already. */
export const createSurvey = (store: Store, survey: NetworkSurvey) => createOnce(store, surveyItem(survey));

export interface SendProgress {
  /** The last representative (by person id) sent a link. */
  after: string;
  done: boolean;
}

export async function getSurvey(
  store: Store,
  year: number,
): Promise<{ survey: NetworkSurvey; progress?: SendProgress } | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: profileKey(year), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  return {
    survey: storedSurvey.parse(Item),
    ...(Item.after === undefined
      ? {}
      : { progress: { after: String(Item.after), done: Item.done === true } }),
  };
}

/** Every year's survey, newest first (one a year: a short list). */
export async function listSurveys(store: Store): Promise<NetworkSurvey[]> {
  const items = await queryAll(store, { index: 'gsi1', partition: LIST, newestFirst: true });
  return items.map((item) => storedSurvey.parse(item));
}

/** The running figures of these years' surveys, by year. */
export async function surveyTallies(store: Store, years: number[]): Promise<Map<number, Tally>> {
  const items = await getMany(store, years.map(tallyKey));
  return new Map(items.map((item) => [Number(String(item[KEY.pk]).slice('SURVEY#'.length)), tallyOf(item)]));
}

/**
 * The send's progress mark, on the survey itself: the first turn turns the draft into a sent survey
 * (so it is sent once), each later turn moves the mark.
 */
export const sendMark =
  (year: number, invited: number, now: Date): ProgressMark =>
  (before, after, done) => ({
    name: 'progress',
    Update: {
      TableName: '',
      Key: profileKey(year),
      ...(before === undefined
        ? {
            UpdateExpression:
              'SET #status = :sent, sentAt = :now, invited = :invited, #after = :after, #done = :done',
            ConditionExpression: '#status = :draft',
            ExpressionAttributeValues: {
              ':sent': 'sent',
              ':draft': 'draft',
              ':now': now.toISOString(),
              ':invited': invited,
              ':after': after,
              ':done': done,
            },
          }
        : {
            UpdateExpression: 'SET #after = :after, #done = :done',
            ConditionExpression: '#after = :before',
            ExpressionAttributeValues: { ':after': after, ':done': done, ':before': before },
          }),
      ExpressionAttributeNames: {
        ...(before === undefined ? { '#status': 'status' } : {}),
        '#after': 'after',
        '#done': 'done',
      },
    },
  });

/** Every representative of every member organisation, each person once. */
export async function memberRepresentatives(store: Store): Promise<Representative[]> {
  const people = new Map<string, Representative>();
  let cursor: string | undefined;
  do {
    const page = await listOrganisations(store, 'member', cursor);
    for (const org of page.items)
      for (const rep of await listRepresentatives(store, org.id)) people.set(rep.personId, rep);
    cursor = page.cursor;
  } while (cursor);
  return [...people.values()];
}

export interface SurveyAnswer {
  rating: number;
  worked?: string;
  change?: string;
}

/** The answer, anonymous, with the person's marker and the tally, in one transaction; false when they answered before. */
export async function addSurveyAnswer(
  store: Store,
  year: number,
  personId: string,
  answer: SurveyAnswer,
  now: Date,
): Promise<boolean> {
  try {
    await transact(store, [
      putNew('answered', { ...answeredKey(year, personId), entity: 'survey-answered' }),
      putNew('answer', {
        [KEY.pk]: surveyPartition(year),
        [KEY.sk]: `${ANSWER}${randomUUID()}`,
        entity: 'survey-answer',
        year,
        ...answer,
        at: dayOf(now),
      }),
      tallyAddition(tallyKey(year), 'survey-tally', answer.rating),
    ]);
    return true;
  } catch (error) {
    if (failedNames(error).has('answered')) return false;
    throw error;
  }
}

export async function hasAnswered(store: Store, year: number, personId: string): Promise<boolean> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: answeredKey(year, personId), ConsistentRead: true }),
  );
  return Item !== undefined;
}

export async function readTally(store: Store, year: number): Promise<Tally> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: tallyKey(year), ConsistentRead: true }),
  );
  return tallyOf(Item);
}

/** The answers that say something in words, a page at a time, in the order of their random ids. */
export const surveyTexts = (
  store: Store,
  year: number,
  cursor: string | undefined,
): Promise<Page<{ worked?: string; change?: string }>> =>
  queryPage(
    store,
    {
      partition: surveyPartition(year),
      sortKeyPrefix: ANSWER,
      limit: 50,
      filter: {
        expression: 'attribute_exists(worked) OR attribute_exists(#change)',
        names: { '#change': 'change' },
        values: {},
      },
    },
    cursor,
    (item) => ({
      ...(typeof item.worked === 'string' ? { worked: item.worked } : {}),
      ...(typeof item.change === 'string' ? { change: item.change } : {}),
    }),
  );
