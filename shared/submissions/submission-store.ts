import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { bodyPartition, type Officer } from '#shared/bodies/body-store.ts';
import { changeOf } from '#shared/bodies/responsiveness.ts';
import { figuresUpdate } from '#shared/bodies/responsiveness-store.ts';
import { consultationPartition } from '#shared/consultations/consultation-store.ts';
import { Conflict } from '#shared/errors.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { ERASED_ADDRESS } from '#shared/people/person.ts';
import { ACKNOWLEDGE_REMINDERS, reminderItem } from '#shared/statements/reminders.ts';
import type { Statement } from '#shared/statements/statement.ts';
import { statementUpdate } from '#shared/statements/statement-store.ts';
import type { Store } from '#shared/store/client.ts';
import { getMany, type Page, queryAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, putNew, type TransactItem, transact } from '#shared/store/transactions.ts';
import {
  type Submission,
  type SubmissionDelivery,
  storedSubmission,
  storedSubmissionDelivery,
} from './submission.ts';

const partition = (id: string) => `SUBMISSION#${id}`;
const profileKey = (id: string) => ({ [KEY.pk]: partition(id), [KEY.sk]: 'PROFILE' });

/** The body's submission address has one delivery; each officer at the time of submission one more. */
export const deliveryKey = (id: string, recipient: 'registry' | { officer: string }) => ({
  [KEY.pk]: partition(id),
  [KEY.sk]: recipient === 'registry' ? 'DELIVERY#registry' : `DELIVERY#officer#${recipient.officer}`,
});

const toBody = (bodyId: string) => `${bodyPartition(bodyId)}#SUBMISSIONS`;
const ofConsultation = (consultationId: string) => `${consultationPartition(consultationId)}#SUBMISSIONS`;

const profileItem = (s: Submission) => {
  const { deliveredAt: _derived, ...stored } = s;
  return {
    ...profileKey(s.id),
    // A body's inbox and a consultation's public record, by time of submission.
    [KEY.gsi1pk]: toBody(s.bodyId),
    [KEY.gsi1sk]: `${s.submittedAt}#${s.id}`,
    [KEY.gsi2pk]: ofConsultation(s.consultationId),
    [KEY.gsi2sk]: `${s.submittedAt}#${s.id}`,
    entity: 'submission',
    ...stored,
  };
};

export interface SubmitWrites {
  statementBefore: Statement;
  statementAfter: Statement;
  submission: Submission;
  registryEmail: string;
  officers: Officer[];
  /** Written in the same transaction: the signatories' notices, the lead's signature when given with the submission. */
  alongside: Record<string, unknown>[];
}

/** The body's running figures change in the same transaction as the submission they count. */
const figures = (bodyId: string, change: ReturnType<typeof changeOf>) => {
  const update = figuresUpdate(bodyId, change);
  return update ? [update] : [];
};

/**
 * Submits in one transaction: the statement's status (only if nobody changed or signed it since it
 * was read), the submission, one pending delivery per recipient (their INSERT sends them) and the
 * officers' reminder. A second submit finds the submission written and delivers nothing more.
 */
export async function writeSubmission(store: Store, w: SubmitWrites): Promise<void> {
  const s = w.submission;
  const delivery = (key: ReturnType<typeof deliveryKey>, to: string, language: Language, role: string) =>
    putItem({
      ...key,
      entity: 'submission-delivery',
      submissionId: s.id,
      to,
      language,
      role,
      status: 'pending',
    });
  const due = new Date(new Date(s.submittedAt).getTime() + ACKNOWLEDGE_REMINDERS.everyDays * 86_400_000);
  const items: TransactItem[] = [
    statementUpdate(w.statementBefore, w.statementAfter),
    putNew('submission', profileItem(s)),
    delivery(deliveryKey(s.id, 'registry'), w.registryEmail, 'fi', 'registry'),
    ...w.officers
      .filter((officer) => officer.email !== w.registryEmail)
      .map((officer) =>
        delivery(
          deliveryKey(s.id, { officer: officer.personId }),
          officer.email,
          officer.language,
          'officer',
        ),
      ),
    putItem(reminderItem('acknowledge', s.id, due, 1)),
    ...w.alongside.map(putItem),
    ...figures(s.bodyId, changeOf(undefined, s)),
  ];
  try {
    await transact(store, items);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('statement') || failed.has('submission'))
      throw new Conflict(
        'Someone changed, signed or submitted this statement at the same time. Reload it and try again.',
        'changed_meanwhile',
      );
    throw error;
  }
}

/** The submission as stored (delivering and reminding need no more). */
export async function getSubmission(store: Store, id: string): Promise<Submission | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: profileKey(id), ConsistentRead: true }),
  );
  return Item ? storedSubmission.parse(Item) : undefined;
}

/** The submission as its record shows it, with when it reached the body's address. */
export async function getSubmissionRecord(store: Store, id: string): Promise<Submission | undefined> {
  const found = await getSubmission(store, id);
  return found && (await withDeliveryTimes(store, [found]))[0];
}

export async function listDeliveries(store: Store, id: string): Promise<SubmissionDelivery[]> {
  const items = await queryAll(store, { partition: partition(id), sortKeyPrefix: 'DELIVERY#' });
  return items.map((item) => storedSubmissionDelivery.parse(item));
}

/** When each submission reached SES for the body's address: read from its registry delivery, which the outbox keeps. */
async function withDeliveryTimes(store: Store, submissions: Submission[]): Promise<Submission[]> {
  const deliveries = await getMany(
    store,
    submissions.map((s) => deliveryKey(s.id, 'registry')),
    'submissionId, sentAt',
  );
  const sentAt = new Map(deliveries.map((d) => [String(d.submissionId), d.sentAt as string | undefined]));
  return submissions.map((s) => {
    const at = sentAt.get(s.id);
    return at ? { ...s, deliveredAt: at } : s;
  });
}

export async function listBodySubmissions(
  store: Store,
  bodyId: string,
  cursor: string | undefined,
): Promise<Page<Submission>> {
  const page = await queryPage(
    store,
    { index: 'gsi1', partition: toBody(bodyId), newestFirst: true, limit: 25 },
    cursor,
    (item) => storedSubmission.parse(item),
  );
  return { ...page, items: await withDeliveryTimes(store, page.items) };
}

/** Every submission to a body, as stored. */
const inboxItems = (store: Store, bodyId: string) =>
  queryAll(store, { index: 'gsi1', partition: toBody(bodyId) });

/** Every submission to a body, for counting its figures again. */
export async function submissionsToBody(store: Store, bodyId: string): Promise<Submission[]> {
  const items = await inboxItems(store, bodyId);
  return items.map((item) => storedSubmission.parse(item));
}

/** A consultation's public record of submissions, in the order submitted, a page at a time. */
export async function listConsultationSubmissions(
  store: Store,
  consultationId: string,
  cursor: string | undefined,
): Promise<Page<Submission>> {
  const page = await queryPage(
    store,
    { index: 'gsi2', partition: ofConsultation(consultationId), limit: 25 },
    cursor,
    (item) => storedSubmission.parse(item),
  );
  return { ...page, items: await withDeliveryTimes(store, page.items) };
}

/**
 * Records an acknowledgement or an answer, only over what was read (the status and the response
 * time), with the statement's status following and the signatories' notices, in one transaction.
 */
export async function saveSubmission(
  store: Store,
  before: Submission,
  after: Submission,
  statement: { before: Statement; after: Statement } | undefined,
  notices: Record<string, unknown>[],
): Promise<void> {
  const items: TransactItem[] = [
    {
      name: 'submission',
      Put: {
        TableName: '',
        Item: profileItem(after),
        ConditionExpression: '#status = :status AND (attribute_not_exists(#response) OR #response.#at = :at)',
        ExpressionAttributeNames: { '#status': 'status', '#response': 'response', '#at': 'at' },
        ExpressionAttributeValues: { ':status': before.status, ':at': before.response?.at ?? '' },
      },
    },
    ...(statement ? [statementUpdate(statement.before, statement.after)] : []),
    ...notices.map(putItem),
    ...figures(after.bodyId, changeOf(before, after)),
  ];
  try {
    await transact(store, items);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('submission') || failed.has('statement'))
      throw new Conflict(
        'Someone recorded something on this submission at the same time. Reload it and try again.',
        'changed_meanwhile',
      );
    throw error;
  }
}

/**
 * Takes an erased officer's address off the deliveries to them of their body's submissions; each
 * delivery stays, as evidence of when the submission reached the body.
 */
export async function eraseOfficerDeliveries(store: Store, bodyId: string, personId: string, email: string) {
  // Only each submission's id is needed, so the items are not parsed.
  const submissions = await inboxItems(store, bodyId);
  for (const submission of submissions) {
    try {
      await store.db.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: deliveryKey(String(submission.id), { officer: personId }),
          UpdateExpression: 'SET #to = :erased',
          ConditionExpression: '#to = :email',
          ExpressionAttributeNames: { '#to': 'to' },
          ExpressionAttributeValues: { ':erased': ERASED_ADDRESS, ':email': email },
        }),
      );
    } catch (error) {
      // Not delivered to this officer, or erased already.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}

/**
 * A body's submissions still waiting for it, oldest first: those not acknowledged, or those
 * acknowledged without a final answer ("decision pending" still waits).
 */
export function listWaitingSubmissions(
  store: Store,
  bodyId: string,
  waitingFor: 'acknowledgement' | 'answer',
  limit: number,
): Promise<Page<Submission>> {
  return queryPage(
    store,
    {
      index: 'gsi1',
      partition: toBody(bodyId),
      limit,
      filter: {
        expression:
          waitingFor === 'acknowledgement'
            ? 'attribute_not_exists(acknowledgement)'
            : 'attribute_exists(acknowledgement) AND attribute_not_exists(answeredAt)',
        values: {},
      },
    },
    undefined,
    (item) => storedSubmission.parse(item),
  );
}
