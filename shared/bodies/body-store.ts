import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Actor } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import { BadRequest, Conflict } from '#shared/errors.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import type { Person } from '#shared/people/person.ts';
import { officeKey } from '#shared/people/person-store.ts';
import { deleteItems } from '#shared/store/batch.ts';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, putNew, transact } from '#shared/store/transactions.ts';
import { type Body, bodyName, storedBody } from './body.ts';
import { emptyFiguresItem } from './responsiveness-store.ts';

/** A body's partition: its profile and officers (its responsiveness figures too, kept by their own store). */
export const bodyPartition = (id: string) => `BODY#${id}`;
const bodyKey = (id: string) => ({ [KEY.pk]: bodyPartition(id), [KEY.sk]: 'PROFILE' });
const OFFICER = 'OFFICER#';
const officerKey = (bodyId: string, personId: string) => ({
  [KEY.pk]: bodyPartition(bodyId),
  [KEY.sk]: `${OFFICER}${personId}`,
});
const listKey = (b: Body) => ({
  [KEY.gsi1pk]: 'BODIES',
  [KEY.gsi1sk]: `${b.municipality.toLocaleLowerCase('fi')}#${b.name.fi.toLocaleLowerCase('fi')}#${b.id}`,
});
const bodyItem = (b: Body) => ({ ...bodyKey(b.id), ...listKey(b), entity: 'body', ...b });

export async function createBody(store: Store, b: Body, actor: Actor, now: Date) {
  await transact(store, [
    putNew('body', bodyItem(b)),
    // Its responsiveness is counted from the start, so it never needs rebuilding.
    putNew('figures', emptyFiguresItem(b.id)),
    putItem(auditItem({ actor, action: 'body.created', bodyId: b.id, after: b }, now)),
  ]);
}

export async function updateBody(store: Store, before: Body, after: Body, actor: Actor, now: Date) {
  await transact(store, [
    {
      name: 'body',
      Put: { TableName: '', Item: bodyItem(after), ConditionExpression: `attribute_exists(${KEY.pk})` },
    },
    putItem(auditItem({ actor, action: 'body.updated', bodyId: before.id, before, after }, now)),
  ]);
}

export async function getBody(store: Store, id: string): Promise<Body | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.tableName, Key: bodyKey(id) }));
  return Item ? storedBody.parse(Item) : undefined;
}

/** The body a request names in its input (a consultation's, a source's): an unknown one is the client's mistake. */
export async function namedBody(store: Store, id: string): Promise<Body> {
  const found = await getBody(store, id);
  if (!found) throw new BadRequest('There is no such body.', 'unknown_body');
  return found;
}

/** Every body, by municipality and name (a network has tens of them, not thousands). */
export async function listBodies(store: Store): Promise<Body[]> {
  return (await queryAll(store, { index: 'gsi1', partition: 'BODIES' })).map((item) =>
    storedBody.parse(item),
  );
}

export interface Officer {
  personId: string;
  email: string;
  language: Language;
  since: string;
}

export async function listOfficers(store: Store, bodyId: string): Promise<Officer[]> {
  const items = await queryAll(store, { partition: bodyPartition(bodyId), sortKeyPrefix: OFFICER });
  return items.map((item) => ({
    personId: String(item.personId),
    email: String(item.email),
    language: item.language as Language,
    since: String(item.since),
  }));
}

export async function addOfficer(store: Store, b: Body, person: Person, actor: Actor, now: Date) {
  try {
    await transact(store, [
      putNew('officer', {
        ...officerKey(b.id, person.id),
        entity: 'officer',
        personId: person.id,
        email: person.email,
        language: person.language,
        since: now.toISOString(),
      }),
      putItem({ ...officeKey(person.id, b.id), entity: 'office', bodyId: b.id }),
      putItem(
        auditItem({ actor, action: 'officer.added', bodyId: b.id, after: { email: person.email } }, now),
      ),
      putItem(
        noticeItem(
          'officerAdded',
          [{ email: person.email, language: person.language }],
          { body: bodyName(b, person.language) },
          now,
        ),
      ),
    ]);
  } catch (error) {
    if (failedNames(error).has('officer'))
      throw new Conflict(`${person.email} is already an officer of this body.`, 'already_officer');
    throw error;
  }
}

export async function removeOfficer(store: Store, b: Body, personId: string, actor: Actor, now: Date) {
  try {
    await transact(store, [
      {
        name: 'officer',
        Delete: {
          TableName: '',
          Key: officerKey(b.id, personId),
          ConditionExpression: `attribute_exists(${KEY.pk})`,
        },
      },
      {
        Delete: { TableName: '', Key: officeKey(personId, b.id) },
      },
      putItem(auditItem({ actor, action: 'officer.removed', bodyId: b.id, before: { personId } }, now)),
    ]);
  } catch (error) {
    if (failedNames(error).has('officer'))
      throw new Conflict('That person is not an officer of this body.', 'not_officer');
    throw error;
  }
}

/** An erased person is no longer an officer: both copies go, with no audit entry (the account is deleted). */
export async function eraseOfficer(store: Store, bodyId: string, personId: string): Promise<void> {
  await deleteItems(store, [officerKey(bodyId, personId), officeKey(personId, bodyId)]);
}
