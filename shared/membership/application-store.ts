import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Actor } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import { Conflict } from '#shared/errors.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import { ERASED, ERASED_ADDRESS, type Person } from '#shared/people/person.ts';
import type { Store } from '#shared/store/client.ts';
import { countAll, type Page, queryAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, putNew, transact } from '#shared/store/transactions.ts';
import { type Application, type PossibleDuplicate, storedApplication } from './application.ts';
import { normalisedName } from './names.ts';
import type { Organisation } from './organisation.ts';
import { organisationItem, recipientsOf, representativeItems } from './organisation-store.ts';

const applicationKey = (id: string) => ({ [KEY.pk]: `APPLICATION#${id}`, [KEY.sk]: 'APPLICATION' });

/** Applications by status, oldest first: the coordinator's queue. */
const queuePartition = (status: Application['status']) => `APPLICATIONS#${status}`;
const queueKey = (app: Pick<Application, 'status' | 'submittedAt' | 'id'>) => ({
  [KEY.gsi1pk]: queuePartition(app.status),
  [KEY.gsi1sk]: `${app.submittedAt}#${app.id}`,
});

/**
 * What makes two organisations likely the same: the business ID, or the name in a municipality.
 * Each application and organisation writes a marker under each of its keys. A name with no letters
 * or digits left once normalised identifies nothing, so it has no key.
 */
export function duplicateKeys(
  app: Pick<Application, 'businessId' | 'organisationName' | 'municipalities'>,
): string[] {
  const name = normalisedName(app.organisationName);
  const places = name ? app.municipalities.map(normalisedName).filter(Boolean) : [];
  // "Vantaa" and "vantaa" are one key, and one transaction may write an item only once.
  return [
    ...(app.businessId ? [`DUP#business#${app.businessId}`] : []),
    ...new Set(places.map((place) => `DUP#name#${name}#${place}`)),
  ];
}

const markerKey = (key: string, kind: PossibleDuplicate['kind'], id: string) => ({
  [KEY.pk]: key,
  [KEY.sk]: `${kind}#${id}`,
});

const duplicateMarker = (key: string, kind: PossibleDuplicate['kind'], id: string, name: string) => ({
  ...markerKey(key, kind, id),
  entity: 'duplicate-marker',
  kind,
  id,
  name,
});

export async function findPossibleDuplicates(store: Store, keys: string[]): Promise<PossibleDuplicate[]> {
  const found = new Map<string, PossibleDuplicate>();
  for (const key of keys) {
    for (const item of await queryAll(store, { partition: key })) {
      found.set(`${item.kind}#${item.id}`, {
        kind: item.kind as PossibleDuplicate['kind'],
        id: String(item.id),
        name: String(item.name),
      });
    }
  }
  return [...found.values()];
}

/**
 * Writes the application, its duplicate markers and the applicant's receipt together. The receipt is
 * fixed text (a date and the principles' version): the contact address is not yet known to be the
 * applicant's, and nothing the caller wrote may reach it.
 */
export async function submitApplication(store: Store, app: Application, now: Date): Promise<void> {
  await transact(store, [
    putNew('application', { ...applicationKey(app.id), ...queueKey(app), entity: 'application', ...app }),
    ...duplicateKeys(app).map((key) =>
      putItem(duplicateMarker(key, 'application', app.id, app.organisationName)),
    ),
    putItem(
      noticeItem(
        'applicationReceipt',
        [{ email: app.contact.email, language: app.contact.language }],
        { submittedAt: app.submittedAt, version: app.principles.version },
        now,
      ),
    ),
  ]);
}

export async function getApplication(store: Store, id: string): Promise<Application | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: applicationKey(id), ConsistentRead: true }),
  );
  return Item ? storedApplication.parse(Item) : undefined;
}

export function listApplications(
  store: Store,
  status: Application['status'],
  cursor: string | undefined,
): Promise<Page<Application>> {
  return queryPage(store, { index: 'gsi1', partition: queuePartition(status), limit: 50 }, cursor, (item) =>
    storedApplication.parse(item),
  );
}

/** How many applications have this status (a COUNT of the queue's index partition). */
export const countApplications = (store: Store, status: Application['status']) =>
  countAll(store, { index: 'gsi1', partition: queuePartition(status) });

function decision(
  app: Application,
  status: 'approved' | 'rejected',
  actor: Actor,
  now: Date,
  reason?: string,
) {
  const decided = { ...app, status };
  return {
    name: 'pending',
    Update: {
      TableName: '',
      Key: applicationKey(app.id),
      UpdateExpression:
        'SET #status = :status, decidedAt = :now, decidedBy = :by, #gsi1pk = :queue, reason = :reason',
      ConditionExpression: '#status = :pending',
      ExpressionAttributeNames: { '#status': 'status', '#gsi1pk': KEY.gsi1pk },
      ExpressionAttributeValues: {
        ':status': status,
        ':now': now.toISOString(),
        ':by': actor === 'system' ? 'system' : (actor.email ?? actor.personId),
        ':queue': queueKey(decided)[KEY.gsi1pk],
        ':pending': 'pending',
        ':reason': reason ?? null,
      },
    },
  };
}

const alreadyDecided = (app: Application) =>
  new Conflict(`This application was already decided (${app.status}).`, 'already_decided');

/**
 * Approval creates the organisation (its id is the application's, so two approvals can never make
 * two organisations), names its representatives and invites them.
 */
export async function approveApplication(
  store: Store,
  app: Application,
  representatives: Person[],
  actor: Actor,
  now: Date,
) {
  const org: Organisation = {
    id: app.id,
    name: app.organisationName,
    businessId: app.businessId,
    municipalities: app.municipalities,
    languages: app.languages,
    topics: app.topics,
    description: app.description,
    status: 'member',
    joinedAt: now.toISOString(),
    representativeCount: representatives.length,
  };
  const invited = recipientsOf(representatives);
  if (!representatives.some((person) => person.email === app.contact.email)) invited.push(app.contact);
  try {
    await transact(store, [
      decision(app, 'approved', actor, now),
      putNew('organisation', organisationItem(org)),
      ...representatives.flatMap((person) => representativeItems(org.id, person, now)),
      ...duplicateKeys(app).map((key) => putItem(duplicateMarker(key, 'organisation', org.id, org.name))),
      putItem(auditItem({ actor, action: 'application.approved', organisationId: org.id, after: org }, now)),
      putItem(noticeItem('applicationApproved', invited, { organisation: org.name }, now)),
    ]);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('pending') || failed.has('organisation'))
      throw alreadyDecided((await getApplication(store, app.id)) ?? app);
    throw error;
  }
  return org;
}

/**
 * Rejection removes the application's duplicate markers with it: a rejected application (spam, say)
 * is no likely duplicate of anything. The notice is fixed text besides the coordinator's reason.
 */
export async function rejectApplication(
  store: Store,
  app: Application,
  reason: string,
  actor: Actor,
  now: Date,
) {
  try {
    await transact(store, [
      decision(app, 'rejected', actor, now, reason),
      putItem(
        auditItem(
          {
            actor,
            action: 'application.rejected',
            before: { applicationId: app.id, organisation: app.organisationName },
            after: { reason },
          },
          now,
        ),
      ),
      ...duplicateKeys(app).map((key) => ({
        Delete: { TableName: '', Key: markerKey(key, 'application', app.id) },
      })),
      putItem(
        noticeItem('applicationRejected', [app.contact], { submittedAt: app.submittedAt, reason }, now),
      ),
    ]);
  } catch (error) {
    if (failedNames(error).has('pending')) throw alreadyDecided((await getApplication(store, app.id)) ?? app);
    throw error;
  }
}

/**
 * Takes an erased person's address out of an application (as its contact, with their name; as a
 * representative; as who decided it); the application stays on the record.
 */
export async function eraseFromApplication(store: Store, id: string, email: string): Promise<void> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: applicationKey(id), ConsistentRead: true }),
  );
  if (!Item) return;
  const contact = Item.contact as { email?: unknown } | undefined;
  const representatives = Array.isArray(Item.representatives) ? Item.representatives : [];
  const changes: Record<string, unknown> = {
    ...(Item.decidedBy === email ? { decidedBy: ERASED } : {}),
    ...(representatives.includes(email)
      ? { representatives: representatives.map((r) => (r === email ? ERASED_ADDRESS : r)) }
      : {}),
    ...(contact?.email === email ? { contact: { ...contact, email: ERASED_ADDRESS, name: ERASED } } : {}),
  };
  const fields = Object.keys(changes);
  if (fields.length === 0) return;
  await store.db.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: applicationKey(id),
      UpdateExpression: `SET ${fields.map((field) => `#${field} = :${field}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(fields.map((field) => [`#${field}`, field])),
      ExpressionAttributeValues: Object.fromEntries(fields.map((field) => [`:${field}`, changes[field]])),
    }),
  );
}
