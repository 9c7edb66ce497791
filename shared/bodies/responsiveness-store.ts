import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import type { TransactItem } from '#shared/store/transactions.ts';
// Cycles with submission-store, which writes a submission's figure change with it, and body-store,
// which writes the first figures with the body: only functions cross them.
import { submissionsToBody } from '#shared/submissions/submission-store.ts';
import { bodyPartition } from './body-store.ts';
import {
  type FigureChange,
  type Figures,
  figuresOf,
  noFigures,
  type Responsiveness,
  responsivenessOf,
} from './responsiveness.ts';

/** The figures live in the body's partition, beside its profile. */
const figuresKey = (bodyId: string) => ({ [KEY.pk]: bodyPartition(bodyId), [KEY.sk]: 'RESPONSIVENESS' });

// One attribute per delay that occurred (a body gets tens of submissions a year, so a few dozen).
const ACK = 'toAcknowledge#';
const ANSWER = 'toAnswer#';

/**
 * The ADD of a change to the body's figures, for the transaction that writes the submission, or
 * nothing when the write changes no figure. `writes` counts them, so a rebuild knows none came
 * in between.
 */
export function figuresUpdate(bodyId: string, change: FigureChange): TransactItem | undefined {
  const adds: string[] = [];
  const names: Record<string, string> = {};
  const add = (name: string) => {
    const placeholder = `#a${adds.length}`;
    names[placeholder] = name;
    adds.push(`${placeholder} :one`);
  };
  if (change.submitted) add('submissions');
  if (change.acknowledgedIn !== undefined) {
    add('acknowledged');
    add(`${ACK}${change.acknowledgedIn}`);
  }
  if (change.answeredIn !== undefined) {
    add('answered');
    add(`${ANSWER}${change.answeredIn}`);
  }
  if (adds.length === 0) return undefined;
  add('writes');
  return {
    Update: {
      TableName: '',
      Key: figuresKey(bodyId),
      UpdateExpression: `ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':one': 1 },
    },
  };
}

function itemOf(bodyId: string, f: Figures, writes: number) {
  return {
    ...figuresKey(bodyId),
    entity: 'responsiveness',
    // Counted from the start: an item that ADDs created on their own lacks this, and is rebuilt.
    complete: true,
    writes,
    submissions: f.submissions,
    acknowledged: f.acknowledged,
    answered: f.answered,
    ...Object.fromEntries([...f.toAcknowledge].map(([tenths, n]) => [`${ACK}${tenths}`, n])),
    ...Object.fromEntries([...f.toAnswer].map(([tenths, n]) => [`${ANSWER}${tenths}`, n])),
  };
}

/** The figures of a body with nothing submitted yet, written when the body is created. */
export const emptyFiguresItem = (bodyId: string) => itemOf(bodyId, noFigures(), 0);

/** The figures a stored item holds. */
export function figuresFromItem(item: Record<string, unknown>): Figures {
  const f = noFigures();
  f.submissions = Number(item.submissions ?? 0);
  f.acknowledged = Number(item.acknowledged ?? 0);
  f.answered = Number(item.answered ?? 0);
  for (const [name, value] of Object.entries(item)) {
    if (name.startsWith(ACK)) f.toAcknowledge.set(Number(name.slice(ACK.length)), Number(value));
    if (name.startsWith(ANSWER)) f.toAnswer.set(Number(name.slice(ANSWER.length)), Number(value));
  }
  return f;
}

async function readFigures(store: Store, bodyId: string, consistent: boolean) {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: figuresKey(bodyId), ConsistentRead: consistent }),
  );
  return Item;
}

/**
 * Counts a body's figures again from its submissions and writes them whole, only if no submission
 * was written meanwhile (else it counts again). Idempotent: run on figures that are right, it
 * writes the same figures.
 */
export async function rebuildFigures(store: Store, bodyId: string): Promise<Responsiveness> {
  for (let attempt = 1; ; attempt += 1) {
    const before = await readFigures(store, bodyId, true);
    const figures = figuresOf(await submissionsToBody(store, bodyId));
    const writes = Number(before?.writes ?? 0);
    try {
      await store.db.send(
        new PutCommand({
          TableName: store.tableName,
          Item: itemOf(bodyId, figures, writes),
          ConditionExpression: before ? 'writes = :writes' : `attribute_not_exists(${KEY.pk})`,
          ...(before ? { ExpressionAttributeValues: { ':writes': writes } } : {}),
        }),
      );
      return responsivenessOf(figures);
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException' || attempt >= 5) throw error;
    }
  }
}

/**
 * A body's responsiveness: one GetItem. Nothing when the figures were not counted from the start
 * (stored before they were kept running, or the body is unknown): then `rebuildFigures` counts them.
 */
export async function readResponsiveness(store: Store, bodyId: string): Promise<Responsiveness | undefined> {
  const item = await readFigures(store, bodyId, false);
  return item?.complete === true ? responsivenessOf(figuresFromItem(item)) : undefined;
}
