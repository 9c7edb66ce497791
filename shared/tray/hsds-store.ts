import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { inParallel } from '#shared/concurrency.ts';
import { NotFound } from '#shared/errors.ts';
import type { Organisation, OrganisationStatus } from '#shared/membership/organisation.ts';
import { getOrganisation, listOrganisations } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { countAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { type Activity, storedActivity } from './activity.ts';
import {
  type HsdsContext,
  type HsdsOrganization,
  type HsdsService,
  hsdsId,
  hsdsPage,
  toHsdsOrganization,
  toHsdsService,
} from './hsds.ts';
import { ALL_ACTIVITIES, activityKey } from './tray-keys.ts';

/**
 * The organisations the tray lists: the network's members and the tray partners the coordinator
 * invites (the `partner` status comes with the tray's invitations).
 */
const listedStatuses = ['member', 'partner'] as OrganisationStatus[];
const isListed = (org: Organisation) => listedStatuses.includes(org.status);

export interface PageRequest {
  /** From 1. */
  page: number;
  perPage: number;
}

const everyActivity = {
  TableName: '',
  IndexName: 'gsi1',
  KeyConditionExpression: '#pk = :pk',
  ExpressionAttributeNames: { '#pk': KEY.gsi1pk },
  ExpressionAttributeValues: { ':pk': ALL_ACTIVITIES },
};

/**
 * Where page N of every activity starts: the key of the last item before it, read by Query of the
 * keys alone (projected to the four key attributes), or undefined for the first page. A page past
 * the end starts after the last activity and is empty.
 */
async function startOfPage(store: Store, skip: number): Promise<Record<string, unknown> | undefined> {
  let start: Record<string, unknown> | undefined;
  let left = skip;
  while (left > 0) {
    const { Items = [], LastEvaluatedKey } = await store.db.send(
      new QueryCommand({
        ...everyActivity,
        TableName: store.tableName,
        ProjectionExpression: '#p, #s, #pk, #sk',
        ExpressionAttributeNames: {
          ...everyActivity.ExpressionAttributeNames,
          '#p': KEY.pk,
          '#s': KEY.sk,
          '#sk': KEY.gsi1sk,
        },
        Limit: left,
        ExclusiveStartKey: start,
      }),
    );
    left -= Items.length;
    const last = Items[Items.length - 1];
    if (!LastEvaluatedKey) return last ?? start;
    start = LastEvaluatedKey;
  }
  return start;
}

async function activitiesFrom(store: Store, start: Record<string, unknown> | undefined, limit: number) {
  const found: Activity[] = [];
  let next = start;
  do {
    const { Items = [], LastEvaluatedKey } = await store.db.send(
      new QueryCommand({
        ...everyActivity,
        TableName: store.tableName,
        Limit: limit - found.length,
        ExclusiveStartKey: next,
      }),
    );
    found.push(...Items.map((item) => storedActivity.parse(item)));
    next = LastEvaluatedKey;
  } while (next && found.length < limit);
  return found;
}

/** Each organisation the activities name, read once. */
async function organisationsOf(store: Store, activities: Activity[]) {
  const byId = new Map<string, Organisation>();
  await inParallel([...new Set(activities.map((a) => a.organisationId))], 10, async (id) => {
    const org = await getOrganisation(store, id);
    if (org) byId.set(id, org);
  });
  return byId;
}

/**
 * Page N of every activity as HSDS services, in the stable order of the `ACTIVITIES` index: ended
 * ones too, as `defunct`, so a directory that took the tray in learns that they ended. The count and
 * the page's start are Queries of that index (no Scan), its items one more.
 */
export async function hsdsServicePage(
  store: Store,
  { page, perPage }: PageRequest,
  context: HsdsContext,
  now: Date,
) {
  const skip = (page - 1) * perPage;
  const [total, start] = await Promise.all([
    countAll(store, { index: 'gsi1', partition: ALL_ACTIVITIES }),
    startOfPage(store, skip),
  ]);
  const activities = skip >= total ? [] : await activitiesFrom(store, start, perPage);
  const organisations = await organisationsOf(store, activities);
  const contents = activities.map((a) => toHsdsService(a, organisations.get(a.organisationId), context, now));
  return hsdsPage<HsdsService>(contents, total, page, perPage);
}

export async function hsdsServiceById(store: Store, id: string, context: HsdsContext, now: Date) {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.tableName, Key: activityKey(id) }));
  if (!Item) throw new NotFound('There is no such service.');
  const activity = storedActivity.parse(Item);
  return toHsdsService(activity, await getOrganisation(store, activity.organisationId), context, now);
}

/** Every listed organisation, members by name then partners by name: the network's size bounds it. */
async function listedOrganisations(store: Store): Promise<Organisation[]> {
  const all: Organisation[] = [];
  for (const status of listedStatuses) {
    let cursor: string | undefined;
    do {
      const page = await listOrganisations(store, status, cursor);
      all.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
  }
  return all;
}

export async function hsdsOrganizationPage(
  store: Store,
  { page, perPage }: PageRequest,
  context: HsdsContext,
) {
  const all = await listedOrganisations(store);
  const contents = all
    .slice((page - 1) * perPage, page * perPage)
    .map((org) => toHsdsOrganization(org, context));
  return hsdsPage<HsdsOrganization>(contents, all.length, page, perPage);
}

/**
 * One listed organisation by its HSDS id: Kaiutin's own where that is a UUID; a name-based one (an
 * organisation with a readable id, as the demo's) is found among the listed organisations.
 */
export async function hsdsOrganizationById(store: Store, id: string, context: HsdsContext) {
  const direct = await getOrganisation(store, id);
  const org =
    direct && isListed(direct)
      ? direct
      : direct
        ? undefined
        : (await listedOrganisations(store)).find((listed) => hsdsId(listed.id) === id.toLowerCase());
  if (!org) throw new NotFound('There is no such organization.');
  return toHsdsOrganization(org, context);
}
