import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Actor } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import type { Caller } from '#shared/auth/access.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { deleteItems } from '#shared/store/batch.ts';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, putNew, transact } from '#shared/store/transactions.ts';
import { type Person, personFromItem } from './person.ts';

/** A person's partition: profile, roles (coordinator, representation, office) and sessions, read in one Query. */
const personPartition = (personId: string) => `PERSON#${personId}`;
const personKey = (personId: string) => ({ [KEY.pk]: personPartition(personId), [KEY.sk]: 'PROFILE' });
/** Makes an address belong to one person: written with the profile, conditional on not existing. */
const emailKey = (email: string) => ({ [KEY.pk]: `EMAIL#${email}`, [KEY.sk]: 'PERSON' });
const SESSION = 'SESSION#';
const sessionKeyOf = (personId: string, sessionId: string) => ({
  [KEY.pk]: personPartition(personId),
  [KEY.sk]: `${SESSION}${sessionId}`,
});
/** The coordinators, listed for the notices they receive. */
const coordinatorListKey = (personId: string) => ({
  [KEY.pk]: 'COORDINATORS',
  [KEY.sk]: `PERSON#${personId}`,
});
const coordinatorRoleKey = (personId: string) => ({
  [KEY.pk]: personPartition(personId),
  [KEY.sk]: 'ROLE#coordinator',
});
const REPRESENTS = 'REP#';
const OFFICE = 'OFFICER#';
/** The person's copy of representing an organisation, written by the organisation's store with its own. */
export const representationKey = (personId: string, organisationId: string) => ({
  [KEY.pk]: personPartition(personId),
  [KEY.sk]: `${REPRESENTS}${organisationId}`,
});
/** The person's copy of being an officer of a body, written by the body's store with its own. */
export const officeKey = (personId: string, bodyId: string) => ({
  [KEY.pk]: personPartition(personId),
  [KEY.sk]: `${OFFICE}${bodyId}`,
});

export async function findPersonId(store: Store, email: string): Promise<string | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.tableName, Key: emailKey(email) }));
  return Item ? String(Item.personId) : undefined;
}

export async function getPerson(store: Store, personId: string): Promise<Person | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: personKey(personId) }),
  );
  return Item && !Item.deleted ? personFromItem(Item) : undefined;
}

/** The person with this address, created (profile and address claim together) if there is none. */
export async function ensurePerson(
  store: Store,
  email: string,
  language: Language,
  now: Date,
): Promise<Person> {
  const existing = await findPersonId(store, email);
  if (existing) {
    const person = await getPerson(store, existing);
    if (person) return person;
  }
  const person: Person = { id: randomUUID(), email, name: undefined, language, createdAt: now.toISOString() };
  try {
    await transact(store, [
      putNew('email', { ...emailKey(email), entity: 'email', personId: person.id }),
      putItem({ ...personKey(person.id), entity: 'person', ...person }),
    ]);
    return person;
  } catch (error) {
    // Someone created the same address a moment ago: theirs is the person.
    if (failedNames(error).has('email')) return ensurePerson(store, email, language, now);
    throw error;
  }
}

export interface PersonPartition {
  person: Person | undefined;
  coordinator: boolean;
  organisations: string[];
  bodies: string[];
  peerLeader: boolean;
  translatorLanguages: string[];
  sessions: Map<string, number>;
}

/** Everything about one person in one Query: profile, roles and sessions share the partition. */
export async function readPersonPartition(store: Store, personId: string): Promise<PersonPartition> {
  const items = await queryAll(store, { partition: personPartition(personId) });
  const result: PersonPartition = {
    person: undefined,
    coordinator: false,
    organisations: [],
    bodies: [],
    peerLeader: false,
    translatorLanguages: [],
    sessions: new Map(),
  };
  for (const item of items) {
    const sk = String(item[KEY.sk]);
    if (sk === 'PROFILE' && !item.deleted) result.person = personFromItem(item);
    else if (sk === 'ROLE#coordinator') result.coordinator = true;
    else if (sk === 'ROLE#peer-leader') result.peerLeader = true;
    else if (sk === 'ROLE#translator' && Array.isArray(item.languages))
      result.translatorLanguages = item.languages.map(String);
    else if (sk.startsWith(REPRESENTS)) result.organisations.push(sk.slice(REPRESENTS.length));
    else if (sk.startsWith(OFFICE)) result.bodies.push(sk.slice(OFFICE.length));
    else if (sk.startsWith(SESSION))
      result.sessions.set(sk.slice(SESSION.length), Number(item[KEY.expiresAt]));
  }
  return result;
}

export function callerFrom(partition: PersonPartition): Caller | undefined {
  const { person } = partition;
  if (!person) return undefined;
  return {
    personId: person.id,
    email: person.email,
    name: person.name,
    language: person.language,
    coordinator: partition.coordinator,
    organisations: partition.organisations,
    bodies: partition.bodies,
    peerLeader: partition.peerLeader,
    translatorLanguages: partition.translatorLanguages,
  };
}

export async function putSession(
  store: Store,
  personId: string,
  sessionId: string,
  expiresAt: number,
): Promise<void> {
  await store.db.send(
    new PutCommand({
      TableName: store.tableName,
      Item: { ...sessionKeyOf(personId, sessionId), entity: 'session', [KEY.expiresAt]: expiresAt },
    }),
  );
}

export async function deleteSession(store: Store, personId: string, sessionId: string): Promise<void> {
  await store.db.send(
    new DeleteCommand({ TableName: store.tableName, Key: sessionKeyOf(personId, sessionId) }),
  );
}

/**
 * Makes the person a coordinator: the role in their partition, their place in the list and an
 * audit entry, together. Returns false (and writes nothing) when they already are one.
 */
export async function grantCoordinator(
  store: Store,
  person: Person,
  actor: Actor,
  now: Date,
): Promise<boolean> {
  try {
    await transact(store, [
      putNew('role', { ...coordinatorRoleKey(person.id), entity: 'role' }),
      putItem({
        ...coordinatorListKey(person.id),
        entity: 'coordinator',
        personId: person.id,
        email: person.email,
        language: person.language,
      }),
      putItem(
        auditItem(
          { actor, action: 'coordinator.granted', after: { personId: person.id, email: person.email } },
          now,
        ),
      ),
    ]);
    return true;
  } catch (error) {
    if (failedNames(error).has('role')) return false;
    throw error;
  }
}

export async function listCoordinators(
  store: Store,
): Promise<{ personId: string; email: string; language: Language }[]> {
  const items = await queryAll(store, { partition: 'COORDINATORS' });
  return items.map((item) => ({
    personId: String(item.personId),
    email: String(item.email),
    language: item.language as Language,
  }));
}

export async function updatePersonProfile(
  store: Store,
  personId: string,
  changes: { name?: string; language?: Language },
) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => {
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      return `#${field} = :${field}`;
    });
  if (sets.length === 0) return;
  await store.db.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: personKey(personId),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: `attribute_exists(${KEY.pk})`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    }),
  );
}

/** Profiles whose erasure has begun and not finished, in an index partition a schedule reads. */
const ERASURES = 'ERASURES';

/**
 * The first step of deleting an account, in one transaction: the address signs in no one, the
 * profile is marked deleted (so no session of it is accepted) and queued for the rest of the erasure.
 */
export async function beginErasure(
  store: Store,
  person: { personId: string; email: string },
  audit: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await transact(store, [
    { Delete: { TableName: '', Key: emailKey(person.email) } },
    {
      name: 'profile',
      Update: {
        TableName: '',
        Key: personKey(person.personId),
        // The address and name stay on the tombstone only until the erasure has found them everywhere.
        UpdateExpression: 'SET deleted = :true, deletedAt = :now, #gsi1pk = :queue, #gsi1sk = :sort',
        ConditionExpression: `attribute_exists(${KEY.pk})`,
        ExpressionAttributeNames: { '#gsi1pk': KEY.gsi1pk, '#gsi1sk': KEY.gsi1sk },
        ExpressionAttributeValues: {
          ':true': true,
          ':now': now.toISOString(),
          ':queue': ERASURES,
          ':sort': `${now.toISOString()}#${person.personId}`,
        },
      },
    },
    putItem(audit),
  ]);
}

/** The ids of the people whose erasure has begun and not finished. */
export async function pendingErasures(store: Store): Promise<string[]> {
  return (await queryAll(store, { index: 'gsi1', partition: ERASURES })).map((profile) => String(profile.id));
}

/** Who an account being erased was (its address and name are still on the tombstone), or undefined. */
export async function erasingPerson(
  store: Store,
  personId: string,
): Promise<{ personId: string; email: string; name: string | undefined } | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: personKey(personId), ConsistentRead: true }),
  );
  if (!Item?.deleted || typeof Item.email !== 'string') return undefined;
  return { personId, email: Item.email, name: typeof Item.name === 'string' ? Item.name : undefined };
}

export async function deleteSessions(store: Store, personId: string, sessionIds: string[]): Promise<void> {
  await deleteItems(
    store,
    sessionIds.map((sessionId) => sessionKeyOf(personId, sessionId)),
  );
}

/** Takes the coordinator role and its place in the list away, with no audit entry: the person is erased. */
export async function eraseCoordinator(store: Store, personId: string): Promise<void> {
  await deleteItems(store, [coordinatorRoleKey(personId), coordinatorListKey(personId)]);
}

/** The last step of an erasure: the tombstone keeps no address or name, and leaves the queue. */
export async function finishProfileErasure(store: Store, personId: string): Promise<void> {
  await store.db.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: personKey(personId),
      UpdateExpression: 'REMOVE email, #name, #gsi1pk, #gsi1sk',
      ExpressionAttributeNames: { '#name': 'name', '#gsi1pk': KEY.gsi1pk, '#gsi1sk': KEY.gsi1sk },
    }),
  );
}
