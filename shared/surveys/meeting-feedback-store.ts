import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Meeting } from '#shared/meetings/meeting.ts';
import { storedMeeting } from '#shared/meetings/meeting.ts';
import { meetingPartition, meetingsWithStatus, registrationKey } from '#shared/meetings/meeting-store.ts';
import type { Store } from '#shared/store/client.ts';
import { getMany, type Page, queryAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putNew, transact } from '#shared/store/transactions.ts';
import type { ProgressMark } from './personal-notices.ts';
import { dayOf, type Tally, tallyAddition, tallyOf } from './tally.ts';

/*
 * In a meeting's partition: `FEEDBACK-REQUEST`, written when the survey is sent (how many were
 * invited, how far the send got); `FEEDBACK-TALLY`, the running figures; `FEEDBACK#<random id>`,
 * each answer, with no reference to the registration or the person.
 */
const requestKey = (meetingId: string) => ({
  [KEY.pk]: meetingPartition(meetingId),
  [KEY.sk]: 'FEEDBACK-REQUEST',
});
const tallyKey = (meetingId: string) => ({
  [KEY.pk]: meetingPartition(meetingId),
  [KEY.sk]: 'FEEDBACK-TALLY',
});
const ANSWER = 'FEEDBACK#';

/** Published and closed meetings that started within the range (ISO instants), by the gsi1 sort key `<startsAt>#<id>`. */
export async function meetingsStartedBetween(store: Store, from: string, to: string): Promise<Meeting[]> {
  const found: Meeting[] = [];
  for (const status of ['published', 'closed'] as const) {
    const items = await queryAll(store, {
      index: 'gsi1',
      partition: meetingsWithStatus(status),
      // '$' sorts after '#': every meeting that started at `to` or before.
      sortKeyBetween: [from, `${to}$`],
    });
    found.push(...items.map((item) => storedMeeting.parse(item)));
  }
  return found;
}

export interface FeedbackRequest {
  invited: number;
  /** The last registration (by id) sent its link. */
  after: string;
  done: boolean;
}

const requestOf = (item: Record<string, unknown>): FeedbackRequest => ({
  invited: Number(item.invited),
  after: String(item.after ?? ''),
  done: item.done === true,
});

/** The surveys already sent, or being sent, of these meetings, by meeting id. */
export async function feedbackRequests(
  store: Store,
  meetingIds: string[],
): Promise<Map<string, FeedbackRequest>> {
  const items = await getMany(store, meetingIds.map(requestKey));
  return new Map(items.map((item) => [String(item.meetingId), requestOf(item)]));
}

/**
 * The survey's progress mark: created with the first notices (so only one run starts the send),
 * moved with each later turn's.
 */
export const requestMark =
  (meetingId: string, invited: number, now: Date): ProgressMark =>
  (before, after, done) =>
    before === undefined
      ? putNew('progress', {
          ...requestKey(meetingId),
          entity: 'feedback-request',
          meetingId,
          invited,
          after,
          done,
          sentAt: now.toISOString(),
        })
      : {
          name: 'progress',
          Update: {
            TableName: '',
            Key: requestKey(meetingId),
            UpdateExpression: 'SET #after = :after, #done = :done',
            ConditionExpression: '#after = :before',
            ExpressionAttributeNames: { '#after': 'after', '#done': 'done' },
            ExpressionAttributeValues: { ':after': after, ':done': done, ':before': before },
          },
        };

export interface FeedbackAnswer {
  rating: number;
  text?: string;
}

/**
 * The answer, anonymous, with the registration marked as having answered and the tally counted, in
 * one transaction. False when the registration has answered already (or is no longer registered).
 */
export async function addFeedback(
  store: Store,
  meetingId: string,
  registrationId: string,
  answer: FeedbackAnswer,
  now: Date,
): Promise<boolean> {
  try {
    await transact(store, [
      {
        name: 'registration',
        Update: {
          TableName: '',
          Key: registrationKey(meetingId, registrationId),
          UpdateExpression: 'SET feedbackGiven = :yes',
          ConditionExpression: '#status = :registered AND attribute_not_exists(feedbackGiven)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':yes': true, ':registered': 'registered' },
        },
      },
      putNew('answer', {
        [KEY.pk]: meetingPartition(meetingId),
        [KEY.sk]: `${ANSWER}${randomUUID()}`,
        entity: 'meeting-feedback',
        meetingId,
        rating: answer.rating,
        ...(answer.text ? { text: answer.text } : {}),
        at: dayOf(now),
      }),
      tallyAddition(tallyKey(meetingId), 'feedback-tally', answer.rating),
    ]);
    return true;
  } catch (error) {
    if (failedNames(error).has('registration')) return false;
    throw error;
  }
}

export interface StoredFeedback {
  tally: Tally;
  request?: FeedbackRequest;
}

/** The tally and the request: two GetItems, however many answered. */
export async function readFeedback(store: Store, meetingId: string): Promise<StoredFeedback> {
  const get = (Key: Record<string, string>) =>
    store.db.send(new GetCommand({ TableName: store.tableName, Key, ConsistentRead: true }));
  const [tally, request] = await Promise.all([get(tallyKey(meetingId)), get(requestKey(meetingId))]);
  return { tally: tallyOf(tally.Item), request: request.Item ? requestOf(request.Item) : undefined };
}

/** The answers' free texts, a page at a time, in the order of their random ids: no order that would tell who wrote one. */
export const feedbackTexts = (
  store: Store,
  meetingId: string,
  cursor: string | undefined,
): Promise<Page<string>> =>
  queryPage(
    store,
    {
      partition: meetingPartition(meetingId),
      sortKeyPrefix: ANSWER,
      limit: 50,
      filter: { expression: 'attribute_exists(#text)', names: { '#text': 'text' }, values: {} },
    },
    cursor,
    (item) => String(item.text),
  );
