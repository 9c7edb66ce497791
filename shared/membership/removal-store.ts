import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Actor, PersonActor } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import { Conflict } from '#shared/errors.ts';
import { noticeItem, type Recipient } from '#shared/mail/notices.ts';
import { ERASED } from '#shared/people/person.ts';
import type { Store } from '#shared/store/client.ts';
import { type Page, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem as put, type TransactItem, transact } from '#shared/store/transactions.ts';
import { hearingDeadline, type Organisation, type Removal, storedRemoval } from './organisation.ts';
import { organisationPartition, statusChange } from './organisation-store.ts';

/**
 * The removal hearing: a coordinator opens it with a deadline, the organisation may answer, then
 * the coordinator decides. One item in the organisation's partition, beside its profile.
 */
const removalKey = (organisationId: string) => ({
  [KEY.pk]: organisationPartition(organisationId),
  [KEY.sk]: 'REMOVAL',
});

/** Hearings not decided yet, by deadline (gsi1): the coordinator's list of those to decide. */
const UNDECIDED = 'REMOVALS#undecided';

export async function getRemoval(store: Store, organisationId: string): Promise<Removal | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: removalKey(organisationId), ConsistentRead: true }),
  );
  return Item ? storedRemoval.parse(Item) : undefined;
}

export async function openRemoval(
  store: Store,
  org: Organisation,
  input: { ground: Removal['ground']; explanation: string; hearingDays: number },
  actor: Actor,
  representatives: Recipient[],
  now: Date,
): Promise<Removal> {
  const opened: Removal = {
    id: crypto.randomUUID(),
    ground: input.ground,
    explanation: input.explanation,
    openedAt: now.toISOString(),
    deadline: hearingDeadline(now, input.hearingDays).toISOString(),
  };
  try {
    await transact(store, [
      {
        name: 'noHearing',
        Put: {
          TableName: '',
          Item: {
            ...removalKey(org.id),
            [KEY.gsi1pk]: UNDECIDED,
            [KEY.gsi1sk]: `${opened.deadline}#${org.id}`,
            entity: 'removal',
            organisationId: org.id,
            ...opened,
          },
          ConditionExpression: `attribute_not_exists(${KEY.pk}) OR attribute_exists(decision)`,
        },
      },
      put(auditItem({ actor, action: 'removal.opened', organisationId: org.id, after: opened }, now)),
      put(
        noticeItem(
          'removalOpened',
          representatives,
          {
            organisation: org.name,
            ground: opened.ground,
            explanation: opened.explanation,
            deadlineAt: opened.deadline,
            path: `/organisations/${org.id}`,
          },
          now,
        ),
      ),
    ]);
  } catch (error) {
    if (failedNames(error).has('noHearing'))
      throw new Conflict('A removal hearing is already open for this organisation.', 'hearing_open');
    throw error;
  }
  return opened;
}

export async function respondToRemoval(
  store: Store,
  org: Organisation,
  text: string,
  actor: PersonActor,
  coordinators: Recipient[],
  now: Date,
) {
  try {
    await transact(store, [
      {
        name: 'hearing',
        Update: {
          TableName: '',
          Key: removalKey(org.id),
          UpdateExpression: 'SET #response = :response',
          ConditionExpression:
            'attribute_exists(#pk) AND attribute_not_exists(#response) AND attribute_not_exists(decision) AND deadline > :now',
          ExpressionAttributeNames: { '#pk': KEY.pk, '#response': 'response' },
          ExpressionAttributeValues: {
            ':response': { text, at: now.toISOString(), byEmail: actor.email ?? '' },
            ':now': now.toISOString(),
          },
        },
      },
      put(auditItem({ actor, action: 'removal.responded', organisationId: org.id, after: { text } }, now)),
      put(
        noticeItem(
          'removalResponded',
          coordinators,
          { organisation: org.name, path: `/organisations/${org.id}` },
          now,
        ),
      ),
    ]);
  } catch (error) {
    if (failedNames(error).has('hearing')) {
      throw new Conflict(
        'There is no open hearing to respond to, it was already answered, or its deadline has passed.',
        'no_hearing',
      );
    }
    throw error;
  }
}

export async function decideRemoval(
  store: Store,
  org: Organisation,
  decision: { outcome: 'removed' | 'kept'; reason: string },
  actor: Actor,
  representatives: Recipient[],
  now: Date,
) {
  const items: TransactItem[] = [
    {
      name: 'decidable',
      Update: {
        TableName: '',
        Key: removalKey(org.id),
        UpdateExpression: 'SET decision = :decision REMOVE #gsi1pk, #gsi1sk',
        // The rule of the hearing, enforced at the write: a response, or a passed deadline.
        ConditionExpression:
          'attribute_not_exists(decision) AND (attribute_exists(#response) OR deadline <= :now)',
        ExpressionAttributeNames: { '#response': 'response', '#gsi1pk': KEY.gsi1pk, '#gsi1sk': KEY.gsi1sk },
        ExpressionAttributeValues: {
          ':decision': { ...decision, at: now.toISOString() },
          ':now': now.toISOString(),
        },
      },
    },
    put(
      auditItem(
        { actor, action: `removal.decided.${decision.outcome}`, organisationId: org.id, after: decision },
        now,
      ),
    ),
    put(
      noticeItem(
        'removalDecided',
        representatives,
        { organisation: org.name, outcome: decision.outcome, reason: decision.reason },
        now,
      ),
    ),
  ];
  if (decision.outcome === 'removed') items.push(statusChange(org, 'removed', now));
  try {
    await transact(store, items);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('decidable'))
      throw new Conflict('The hearing is still open or the removal was already decided.', 'hearing_open');
    if (failed.has('member')) throw new Conflict(`${org.name} is no longer a member.`, 'not_a_member');
    throw error;
  }
}

/** Takes an erased person's address off their answer to a removal hearing; the answer stays. */
export async function eraseRemovalResponder(store: Store, organisationId: string, email: string) {
  try {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: removalKey(organisationId),
        UpdateExpression: 'SET #response.byEmail = :erased',
        ConditionExpression: '#response.byEmail = :email',
        ExpressionAttributeNames: { '#response': 'response' },
        ExpressionAttributeValues: { ':erased': ERASED, ':email': email },
      }),
    );
  } catch (error) {
    // Answered by someone else, or erased already.
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/** Undecided hearings whose deadline has passed, the earliest deadline first, with their organisation's id. */
export function listHearingsPastDeadline(
  store: Store,
  now: Date,
  limit: number,
): Promise<Page<Removal & { organisationId: string }>> {
  return queryPage(
    store,
    { index: 'gsi1', partition: UNDECIDED, sortKeyBefore: now.toISOString(), limit },
    undefined,
    (item) => ({ ...storedRemoval.parse(item), organisationId: String(item.organisationId) }),
  );
}
