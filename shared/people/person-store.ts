import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type Actor, auditItem } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import type { Language } from '#shared/i18n/languages.ts';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, putNew, transact } from '#shared/store/transactions.ts';
import {
  coordinatorListKey,
  coordinatorRoleKey,
  emailKey,
  type Person,
  personFromItem,
  personKey,
  personPartition,
  sessionKeyOf,
} from './person.ts';

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
    sessions: new Map(),
  };
  for (const item of items) {
    const sk = String(item[KEY.sk]);
    if (sk === 'PROFILE' && !item.deleted) result.person = personFromItem(item);
    else if (sk === 'ROLE#coordinator') result.coordinator = true;
    else if (sk.startsWith('REP#')) result.organisations.push(sk.slice(4));
    else if (sk.startsWith('OFFICER#')) result.bodies.push(sk.slice(8));
    else if (sk.startsWith('SESSION#')) result.sessions.set(sk.slice(8), Number(item[KEY.expiresAt]));
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
