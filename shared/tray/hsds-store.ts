import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { NotFound } from '#shared/errors.ts';
import { isListed, listedStatuses } from '#shared/membership/facts.ts';
import type { Organisation } from '#shared/membership/organisation.ts';
import {
  getOrganisation,
  getOrganisationsMany,
  listOrganisations,
} from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { countAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { type Activity, storedActivity } from './activity.ts';
import { getActivity } from './activity-store.ts';
import {
  type HsdsContext,
  type HsdsOrganization,
  type HsdsService,
  hsdsId,
  hsdsPage,
  toHsdsOrganization,
  toHsdsService,
} from './hsds.ts';
import { ALL_ACTIVITIES } from './tray-keys.ts';

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

/**
 * Page N of every activity as HSDS services, in the stable order of the `ACTIVITIES` index: ended
 * ones too, as `defunct`, so a directory that took the tray in learns that they ended. The count and
 * the page's start are Queries of that index (no Scan), its items one more. The activities of an
 * organisation that resigned or was removed are left out of the page (it is not among the
 * organizations either): `total_items` counts every activity, so a page may hold fewer than `size`.
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
  const organisations = await getOrganisationsMany(
    store,
    activities.map((a) => a.organisationId),
  );
  const contents = activities.flatMap((a) => {
    const org = organisations.get(a.organisationId);
    return org && isListed(org) ? [toHsdsService(a, org, context, now)] : [];
  });
  return hsdsPage<HsdsService>(contents, total, page, perPage);
}

export async function hsdsServiceById(store: Store, id: string, context: HsdsContext, now: Date) {
  const activity = await getActivity(store, id);
  const org = activity && (await getOrganisation(store, activity.organisationId));
  if (!activity || !org || !isListed(org)) throw new NotFound('There is no such service.');
  return toHsdsService(activity, org, context, now);
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
