import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Actor } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import { inParallel } from '#shared/concurrency.ts';
import { Conflict, NotFound } from '#shared/errors.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { noticeItem, type Recipient } from '#shared/mail/notices.ts';
import type { Person } from '#shared/people/person.ts';
import { representationKey } from '#shared/people/person-store.ts';
import { deleteItems } from '#shared/store/batch.ts';
import type { Store } from '#shared/store/client.ts';
import { getMany, type Page, queryAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import {
  failedNames,
  putItem as put,
  putNew,
  type TransactItem,
  transact,
} from '#shared/store/transactions.ts';
import { listedStatuses } from './facts.ts';
import { normalisedName } from './names.ts';
import {
  type Organisation,
  type OrganisationChanges,
  type OrganisationStatus,
  storedOrganisation,
} from './organisation.ts';

/** An organisation's partition: its profile, representatives, subscriptions and removal hearing. */
export const organisationPartition = (id: string) => `ORG#${id}`;
const organisationKey = (id: string) => ({ [KEY.pk]: organisationPartition(id), [KEY.sk]: 'PROFILE' });
const REPRESENTATIVE = 'REP#';
const representativeKey = (organisationId: string, personId: string) => ({
  [KEY.pk]: organisationPartition(organisationId),
  [KEY.sk]: `${REPRESENTATIVE}${personId}`,
});

const directoryPartition = (status: OrganisationStatus) => `ORGS#${status}`;
const directoryKey = (status: OrganisationStatus, name: string, id: string) => ({
  [KEY.gsi1pk]: directoryPartition(status),
  [KEY.gsi1sk]: `${normalisedName(name)}#${id}`,
});

export function organisationItem(org: Organisation) {
  return {
    ...organisationKey(org.id),
    ...directoryKey(org.status, org.name, org.id),
    entity: 'organisation',
    ...org,
  };
}

export interface Representative {
  personId: string;
  email: string;
  name: string | undefined;
  language: Language;
  since: string;
}

/** The representation is written twice, so both the organisation and the person read it with one Query. */
export function representativeItems(organisationId: string, person: Person, now: Date): TransactItem[] {
  const rep = {
    personId: person.id,
    email: person.email,
    name: person.name,
    language: person.language,
    since: now.toISOString(),
  };
  return [
    putNew('representative', {
      ...representativeKey(organisationId, person.id),
      entity: 'representative',
      ...rep,
    }),
    put({ ...representationKey(person.id, organisationId), entity: 'representation', organisationId }),
  ];
}

/** Both copies of a representation go; the organisation's must exist: its condition is `representative`. */
function representationDeletes(organisationId: string, personId: string): TransactItem[] {
  return [
    {
      name: 'representative',
      Delete: {
        TableName: '',
        Key: representativeKey(organisationId, personId),
        ConditionExpression: `attribute_exists(${KEY.pk})`,
      },
    },
    { Delete: { TableName: '', Key: representationKey(personId, organisationId) } },
  ];
}

export async function getOrganisation(store: Store, id: string): Promise<Organisation | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: organisationKey(id) }),
  );
  return Item ? storedOrganisation.parse(Item) : undefined;
}

/** The organisations of these ids that exist, by id, read together (one BatchGet per hundred). */
export async function getOrganisationsMany(store: Store, ids: string[]): Promise<Map<string, Organisation>> {
  if (ids.length === 0) return new Map();
  const items = await getMany(store, [...new Set(ids)].map(organisationKey));
  return new Map(items.map((item) => storedOrganisation.parse(item)).map((org) => [org.id, org]));
}

/** The organisation, or a 404 that says so. */
export async function existingOrganisation(store: Store, id: string): Promise<Organisation> {
  const found = await getOrganisation(store, id);
  if (!found) throw new NotFound('There is no such organisation.');
  return found;
}

export function listOrganisations(
  store: Store,
  status: OrganisationStatus,
  cursor: string | undefined,
): Promise<Page<Organisation>> {
  return queryPage(
    store,
    { index: 'gsi1', partition: directoryPartition(status), limit: 50 },
    cursor,
    (item) => storedOrganisation.parse(item),
  );
}

export async function listRepresentatives(store: Store, organisationId: string): Promise<Representative[]> {
  const items = await queryAll(store, {
    partition: organisationPartition(organisationId),
    sortKeyPrefix: REPRESENTATIVE,
  });
  return items.map((item) => ({
    personId: String(item.personId),
    email: String(item.email),
    name: typeof item.name === 'string' ? item.name : undefined,
    language: item.language as Language,
    since: String(item.since),
  }));
}

export const recipientsOf = (people: { email: string; language: Language }[]): Recipient[] =>
  people.map(({ email, language }) => ({ email, language }));

/** Everyone who represents any of the organisations, to be told something in their language. */
export async function representativesOf(store: Store, organisationIds: string[]): Promise<Recipient[]> {
  const found: Representative[] = [];
  await inParallel([...new Set(organisationIds)], 10, async (id) => {
    found.push(...(await listRepresentatives(store, id)));
  });
  return recipientsOf(found);
}

const memberCondition = {
  ConditionExpression: '#status = :member',
  names: { '#status': 'status' },
  values: { ':member': 'member' },
};

/** A member or a tray partner: its representatives keep its profile and name representatives. */
const listedCondition = {
  ConditionExpression: `#status IN (${listedStatuses.map((status) => `:${status}`).join(', ')})`,
  names: { '#status': 'status' },
  values: Object.fromEntries(listedStatuses.map((status) => [`:${status}`, status])),
};

/** Holds while the organisation is a member or a tray partner; its condition is `organisation`. */
export const listedCheck = (organisationId: string): TransactItem => ({
  name: 'organisation',
  ConditionCheck: {
    TableName: '',
    Key: organisationKey(organisationId),
    ConditionExpression: listedCondition.ConditionExpression,
    ExpressionAttributeNames: listedCondition.names,
    ExpressionAttributeValues: listedCondition.values,
  },
});

/** Holds while the organisation is a member (not a tray partner, not a former member); its condition is `member`. */
export const memberCheck = (organisationId: string): TransactItem => ({
  name: 'member',
  ConditionCheck: {
    TableName: '',
    Key: organisationKey(organisationId),
    ConditionExpression: memberCondition.ConditionExpression,
    ExpressionAttributeNames: memberCondition.names,
    ExpressionAttributeValues: memberCondition.values,
  },
});

/** What a transaction whose `listedCheck` failed tells the caller. */
export const notListed = () =>
  new Conflict('The organisation is no longer a member or a tray partner.', 'not_a_member');

export async function updateOrganisation(
  store: Store,
  org: Organisation,
  changes: OrganisationChanges,
  actor: Actor,
  now: Date,
) {
  const after: Organisation = { ...org, ...changes };
  const before = Object.fromEntries(
    Object.keys(changes).map((field) => [field, org[field as keyof Organisation]]),
  );
  try {
    await transact(store, [
      {
        name: 'member',
        Put: {
          TableName: '',
          Item: organisationItem(after),
          ConditionExpression: listedCondition.ConditionExpression,
          ExpressionAttributeNames: listedCondition.names,
          ExpressionAttributeValues: listedCondition.values,
        },
      },
      put(
        auditItem(
          { actor, action: 'organisation.updated', organisationId: org.id, before, after: changes },
          now,
        ),
      ),
    ]);
  } catch (error) {
    if (failedNames(error).has('member'))
      throw new Conflict(`${org.name} is no longer a member; it cannot be changed.`, 'not_a_member');
    throw error;
  }
  return after;
}

export async function addRepresentative(
  store: Store,
  org: Organisation,
  person: Person,
  actor: Actor,
  now: Date,
) {
  try {
    await transact(store, [
      ...representativeItems(org.id, person, now),
      {
        name: 'member',
        Update: {
          TableName: '',
          Key: organisationKey(org.id),
          UpdateExpression: 'ADD representativeCount :one',
          ConditionExpression: listedCondition.ConditionExpression,
          ExpressionAttributeNames: listedCondition.names,
          ExpressionAttributeValues: { ...listedCondition.values, ':one': 1 },
        },
      },
      put(
        auditItem(
          { actor, action: 'representative.added', organisationId: org.id, after: { email: person.email } },
          now,
        ),
      ),
      // Fixed text: the address has not confirmed anything, and the name is the organisation's to change.
      put(noticeItem('representativeAdded', recipientsOf([person]), {}, now)),
    ]);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('representative'))
      throw new Conflict(`${person.email} already represents ${org.name}.`, 'already_representative');
    if (failed.has('member')) throw new Conflict(`${org.name} is no longer a member.`, 'not_a_member');
    throw error;
  }
}

/** An organisation always keeps at least one representative. */
export async function removeRepresentative(
  store: Store,
  org: Organisation,
  personId: string,
  actor: Actor,
  now: Date,
) {
  try {
    await transact(store, [
      ...representationDeletes(org.id, personId),
      {
        name: 'another',
        Update: {
          TableName: '',
          Key: organisationKey(org.id),
          UpdateExpression: 'ADD representativeCount :minusOne',
          ConditionExpression: 'representativeCount > :one',
          ExpressionAttributeValues: { ':minusOne': -1, ':one': 1 },
        },
      },
      put(
        auditItem(
          { actor, action: 'representative.removed', organisationId: org.id, before: { personId } },
          now,
        ),
      ),
    ]);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('representative'))
      throw new Conflict('That person is not a representative of this organisation.', 'not_representative');
    if (failed.has('another')) {
      throw new Conflict(
        `${org.name} must keep at least one representative; name another one first.`,
        'last_representative',
      );
    }
    throw error;
  }
}

/**
 * An erased person's representation goes: both its copies and the organisation's count, together,
 * with no rule of keeping one (the account is deleted). Once only: run again, it finds the
 * organisation's copy gone and counted, and deletes what is left of the person's.
 */
export async function eraseRepresentative(store: Store, organisationId: string, personId: string) {
  const mine = representationKey(personId, organisationId);
  const org = await getOrganisation(store, organisationId);
  const items: TransactItem[] = [
    ...representationDeletes(organisationId, personId),
    ...(org
      ? [
          {
            Update: {
              TableName: '',
              Key: organisationKey(organisationId),
              UpdateExpression: 'ADD representativeCount :minusOne',
              ExpressionAttributeValues: { ':minusOne': -1 },
            },
          },
        ]
      : []),
  ];
  try {
    await transact(store, items);
  } catch (error) {
    if (!failedNames(error).has('representative')) throw error;
    await deleteItems(store, [mine]);
  }
}

/** The organisation leaves (resigned or removed), only while it is a member: its condition is `member`. */
export function statusChange(org: Organisation, status: OrganisationStatus, now: Date): TransactItem {
  const directory = directoryKey(status, org.name, org.id);
  return {
    name: 'member',
    Update: {
      TableName: '',
      Key: organisationKey(org.id),
      UpdateExpression: 'SET #status = :status, leftAt = :now, #gsi1pk = :gsi1pk',
      ConditionExpression: memberCondition.ConditionExpression,
      ExpressionAttributeNames: { ...memberCondition.names, '#gsi1pk': KEY.gsi1pk },
      ExpressionAttributeValues: {
        ':status': status,
        ':now': now.toISOString(),
        ':gsi1pk': directory[KEY.gsi1pk],
        ...memberCondition.values,
      },
    },
  };
}

export async function resign(
  store: Store,
  org: Organisation,
  reason: string,
  actor: Actor,
  coordinators: Recipient[],
  now: Date,
) {
  try {
    await transact(store, [
      statusChange(org, 'resigned', now),
      put(
        auditItem(
          {
            actor,
            action: 'organisation.resigned',
            organisationId: org.id,
            before: { status: org.status },
            after: { status: 'resigned', reason },
          },
          now,
        ),
      ),
      put(
        noticeItem(
          'organisationResigned',
          coordinators,
          { organisation: org.name, reason: reason || '-', resignedAt: now.toISOString() },
          now,
        ),
      ),
    ]);
  } catch (error) {
    if (failedNames(error).has('member'))
      throw new Conflict(`${org.name} is no longer a member.`, 'not_a_member');
    throw error;
  }
}
