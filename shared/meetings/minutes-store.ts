import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { type Page, queryAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { putItem, type TransactItem, transact } from '#shared/store/transactions.ts';
import { meetingKey, meetingPartition } from './meeting-store.ts';
import {
  type Minutes,
  type NewsRound,
  type PollAnswer,
  storedMinutes,
  storedNewsRound,
  storedPollAnswer,
} from './minutes.ts';

/*
 * What follows a meeting, in its partition (meeting-store.ts):
 * | item | key | read by |
 * | the minutes | MINUTES | the meeting page; a mandate's check |
 * | the news round | NEWS-ROUND | the chair's view |
 * | a date poll's answer | POLL#<registrationId of the previous meeting> | the polled meeting's poll |
 * Published minutes with decisions are listed newest first on gsi1 `MEETING-DECISIONS` /
 * `<startsAt>#<meetingId>`, for choosing a decision as a statement's mandate.
 */
const minutesKey = (meetingId: string) => ({ [KEY.pk]: meetingPartition(meetingId), [KEY.sk]: 'MINUTES' });
const newsRoundKey = (meetingId: string) => ({
  [KEY.pk]: meetingPartition(meetingId),
  [KEY.sk]: 'NEWS-ROUND',
});
const pollAnswerKey = (pollMeetingId: string, registrationId: string) => ({
  [KEY.pk]: meetingPartition(pollMeetingId),
  [KEY.sk]: `POLL#${registrationId}`,
});
const DECISIONS = 'MEETING-DECISIONS';

/** The meeting's title and start, kept with published minutes so the list of decisions reads one index. */
export interface MinutesOf {
  meetingTitle: string;
  meetingStartsAt: string;
}

function minutesItem(m: Minutes, of?: MinutesOf) {
  const listed = m.status === 'published' && m.decisions.length > 0 && of;
  return {
    ...minutesKey(m.meetingId),
    ...(listed ? { [KEY.gsi1pk]: DECISIONS, [KEY.gsi1sk]: `${of.meetingStartsAt}#${m.meetingId}` } : {}),
    entity: 'minutes',
    ...m,
    ...of,
  };
}

/** A save of the minutes: holds only over the version read (`minutes`), or if there were none yet. */
export const minutesSave = (before: Minutes | undefined, after: Minutes, of?: MinutesOf): TransactItem => ({
  name: 'minutes',
  Put: {
    TableName: '',
    Item: minutesItem(after, of),
    ConditionExpression: before ? '#version = :version' : `attribute_not_exists(${KEY.pk})`,
    ...(before
      ? {
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':version': before.version },
        }
      : {}),
  },
});

async function getItem(store: Store, Key: Record<string, string>) {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key, ConsistentRead: true }),
  );
  return Item;
}

export async function getMinutes(store: Store, meetingId: string): Promise<Minutes | undefined> {
  const item = await getItem(store, minutesKey(meetingId));
  return item ? storedMinutes.parse(item) : undefined;
}

export async function getNewsRound(store: Store, meetingId: string): Promise<NewsRound | undefined> {
  const item = await getItem(store, newsRoundKey(meetingId));
  return item ? storedNewsRound.parse(item) : undefined;
}

/** The chair's record: last write wins, as one chair runs the round. */
export async function putNewsRound(store: Store, round: NewsRound): Promise<void> {
  await store.db.send(
    new PutCommand({
      TableName: store.tableName,
      Item: { ...newsRoundKey(round.meetingId), entity: 'news-round', ...round },
    }),
  );
}

/**
 * A participant's answer replaces their earlier one; it holds only while the polled meeting is a
 * draft whose poll is undecided (`poll`), so an answer racing the decision is not written after it.
 */
export async function putPollAnswer(store: Store, pollMeetingId: string, answer: PollAnswer): Promise<void> {
  await transact(store, [
    putItem({ ...pollAnswerKey(pollMeetingId, answer.registrationId), entity: 'poll-answer', ...answer }),
    {
      name: 'poll',
      ConditionCheck: {
        TableName: '',
        Key: meetingKey(pollMeetingId),
        ConditionExpression:
          '#status = :draft AND attribute_exists(#datePoll) AND attribute_not_exists(#datePoll.#chosen)',
        ExpressionAttributeNames: { '#status': 'status', '#datePoll': 'datePoll', '#chosen': 'chosen' },
        ExpressionAttributeValues: { ':draft': 'draft' },
      },
    },
  ]);
}

/** The answer a participant of the previous meeting gave to the polled meeting's poll, if any. */
export async function getPollAnswer(
  store: Store,
  pollMeetingId: string,
  registrationId: string,
): Promise<PollAnswer | undefined> {
  const item = await getItem(store, pollAnswerKey(pollMeetingId, registrationId));
  return item ? storedPollAnswer.parse(item) : undefined;
}

/** Deletes a participant's answer (erasure); none is no error. */
export async function deletePollAnswer(store: Store, pollMeetingId: string, registrationId: string) {
  await store.db.send(
    new DeleteCommand({ TableName: store.tableName, Key: pollAnswerKey(pollMeetingId, registrationId) }),
  );
}

/** Every answer to a meeting's date poll (one per participant of the previous meeting). */
export async function listPollAnswers(store: Store, pollMeetingId: string): Promise<PollAnswer[]> {
  const items = await queryAll(store, { partition: meetingPartition(pollMeetingId), sortKeyPrefix: 'POLL#' });
  return items.map((item) => storedPollAnswer.parse(item));
}

export type ListedMinutes = Minutes & MinutesOf;

/** Published minutes with decisions, the newest meeting first. */
export function listDecidingMinutes(store: Store, cursor: string | undefined): Promise<Page<ListedMinutes>> {
  return queryPage(
    store,
    { index: 'gsi1', partition: DECISIONS, newestFirst: true, limit: 20 },
    cursor,
    (item) => ({
      ...storedMinutes.parse(item),
      meetingTitle: String(item.meetingTitle),
      meetingStartsAt: String(item.meetingStartsAt),
    }),
  );
}
