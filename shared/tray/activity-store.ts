import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Actor } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import { Conflict } from '#shared/errors.ts';
import { listedCheck, notListed } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { type Page, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import {
  failedNames,
  MAX_TRANSACTION_ITEMS,
  putItem,
  putNew,
  type TransactItem,
  transact,
} from '#shared/store/transactions.ts';
import { type Activity, type Area, areaKey, storedActivity, trayLimits } from './activity.ts';
import {
  ALL_ACTIVITIES,
  activityKey,
  countContributions,
  organisationActivities,
  TRAY_COUNTS,
  tallyStep,
  trayIndexPartitions,
  trayIndexSortKey,
  trayIndexSummary,
  unitKey,
} from './tray-keys.ts';

export function activityItem(a: Activity) {
  return {
    ...activityKey(a.id),
    [KEY.gsi1pk]: ALL_ACTIVITIES,
    [KEY.gsi1sk]: a.id,
    [KEY.gsi2pk]: organisationActivities(a.organisationId),
    [KEY.gsi2sk]: `${a.createdAt}#${a.id}`,
    entity: 'activity',
    ...a,
  };
}

type IndexKey = { [KEY.pk]: string; [KEY.sk]: string };

const indexKeys = (a: Activity | undefined): IndexKey[] =>
  a
    ? trayIndexPartitions(a).map((partition) => ({ [KEY.pk]: partition, [KEY.sk]: trayIndexSortKey(a) }))
    : [];

const keyString = (key: IndexKey) => `${key[KEY.pk]}\n${key[KEY.sk]}`;

/** The activity's filter index items: one per partition it appears in (none once ended), with its summary. */
export const trayIndexItems = (a: Activity) => {
  const summary = trayIndexSummary(a);
  return indexKeys(a).map((key) => ({ ...key, entity: 'tray-index', ...summary }));
};

/**
 * The filter index follows the activity: the items of the old version the new one lacks are
 * deleted (another partition, or the same one under another category), the new version's are put
 * with its summary.
 */
function indexChanges(before: Activity | undefined, after: Activity): TransactItem[] {
  const kept = new Set(indexKeys(after).map(keyString));
  return [
    ...indexKeys(before)
      .filter((key) => !kept.has(keyString(key)))
      .map((Key): TransactItem => ({ Delete: { TableName: '', Key } })),
    ...trayIndexItems(after).map(putItem),
  ];
}

/**
 * The running counts move by what the activity added before and adds now: one Update per area
 * whose counts change, ADD +1 or -1 per count attribute, the area's name set the first time.
 */
function countChanges(before: Activity | undefined, after: Activity): TransactItem[] {
  const deltas = new Map<string, Map<string, number>>();
  const areas = new Map<string, Area>();
  for (const a of [before, after]) for (const area of a?.areas ?? []) areas.set(areaKey(area), area);
  const move = (a: Activity | undefined, by: number) => {
    if (!a) return;
    for (const [area, attributes] of countContributions(a)) {
      const counts = deltas.get(area) ?? new Map<string, number>();
      for (const attribute of attributes) counts.set(attribute, (counts.get(attribute) ?? 0) + by);
      deltas.set(area, counts);
    }
  };
  move(before, -1);
  move(after, 1);
  return [...deltas].flatMap(([key, counts]) => {
    const changed = [...counts].filter(([, by]) => by !== 0);
    const area = areas.get(key);
    if (changed.length === 0 || !area) return [];
    const names = Object.fromEntries(changed.map(([attribute], i) => [`#n${i}`, attribute]));
    const values = Object.fromEntries(changed.map(([, by], i) => [`:n${i}`, by]));
    return [
      {
        Update: {
          TableName: '',
          Key: { [KEY.pk]: TRAY_COUNTS, [KEY.sk]: key },
          UpdateExpression: `SET #area = if_not_exists(#area, :area), #entity = :entity ADD ${changed
            .map((_, i) => `#n${i} :n${i}`)
            .join(', ')}`,
          ExpressionAttributeNames: { '#area': 'area', '#entity': 'entity', ...names },
          ExpressionAttributeValues: {
            ':area': { kind: area.kind, name: area.name },
            ':entity': 'tray-count',
            ...values,
          },
        },
      },
    ];
  });
}

/** A unit's count of the activities under it: a unit with activities is not removed. */
function unitCountChanges(before: Activity | undefined, after: Activity): TransactItem[] {
  if (before?.unitId === after.unitId) return [];
  const count = (unitId: string, by: number, name: string): TransactItem => ({
    name,
    Update: {
      TableName: '',
      Key: unitKey(after.organisationId, unitId),
      UpdateExpression: 'ADD activityCount :by',
      ConditionExpression: `attribute_exists(${KEY.pk})`,
      ExpressionAttributeValues: { ':by': by },
    },
  });
  return [
    ...(before?.unitId ? [count(before.unitId, -1, 'oldUnit')] : []),
    ...(after.unitId ? [count(after.unitId, 1, 'unit')] : []),
  ];
}

/** The organisation's tally of activities not ended moves when one is added, ended or reopened. */
function tallyChanges(before: Activity | undefined, after: Activity): TransactItem[] {
  const live = (a: Activity | undefined) => (a && a.status !== 'ended' ? 1 : 0);
  const by = live(after) - live(before);
  if (by === 0) return [];
  return [
    tallyStep(
      after.organisationId,
      'activities',
      by > 0 ? 1 : -1,
      trayLimits.activitiesPerOrganisation,
      'activityCap',
    ),
  ];
}

/** Ending an activity: the one change that holds whether or not its organisation is still listed. */
const ends = (before: Activity | undefined, after: Activity) =>
  before !== undefined && before.status !== 'ended' && after.status === 'ended';

/**
 * Every write of one activity change, in one transaction: the activity (new, or over the version
 * read), its organisation still a member or partner (unless the change ends it: a resigned or
 * removed organisation's activities are ended so they leave the counts), its unit's count, its
 * filter index items, its areas' running counts and the audit entry.
 */
export function activityWrite(before: Activity | undefined, after: Activity, actor: Actor, now: Date) {
  const activity: TransactItem = before
    ? {
        name: 'activity',
        Put: {
          TableName: '',
          Item: activityItem(after),
          ConditionExpression: '#version = :version',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':version': before.version },
        },
      }
    : putNew('activity', activityItem(after));
  const items: TransactItem[] = [
    activity,
    ...(ends(before, after) ? [] : [listedCheck(after.organisationId)]),
    ...unitCountChanges(before, after),
    ...tallyChanges(before, after),
    ...indexChanges(before, after),
    ...countChanges(before, after),
    putItem(
      auditItem(
        {
          actor,
          action: before ? 'activity.updated' : 'activity.added',
          organisationId: after.organisationId,
          before: before && { id: before.id, version: before.version, status: before.status },
          after: { id: after.id, version: after.version, status: after.status },
        },
        now,
      ),
    ),
  ];
  if (items.length > MAX_TRANSACTION_ITEMS)
    throw new Error(`An activity change takes ${items.length} items, over a transaction's limit`);
  return items;
}

export async function saveActivity(
  store: Store,
  before: Activity | undefined,
  after: Activity,
  actor: Actor,
  now: Date,
): Promise<void> {
  try {
    await transact(store, activityWrite(before, after, actor, now));
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('activity'))
      throw new Conflict(
        'Someone changed this activity at the same time. Reload it and try again.',
        'changed_meanwhile',
      );
    if (failed.has('organisation')) throw notListed();
    if (failed.has('activityCap'))
      throw new Conflict(
        `An organisation has at most ${trayLimits.activitiesPerOrganisation} activities that have not ended: end one first.`,
        'too_many_activities',
      );
    if (failed.has('unit') || failed.has('oldUnit'))
      throw new Conflict('The unit was removed meanwhile. Reload and choose again.', 'changed_meanwhile');
    throw error;
  }
}

export async function getActivity(store: Store, id: string): Promise<Activity | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.tableName, Key: activityKey(id) }));
  return Item ? storedActivity.parse(Item) : undefined;
}

/** Activities of one organisation a page holds. */
export const ORGANISATION_ACTIVITIES_PAGE = 50;

/** A page of an organisation's activities (its units' too), oldest first; ended ones only when asked. */
export function listOrganisationActivities(
  store: Store,
  organisationId: string,
  { includeEnded }: { includeEnded: boolean },
  cursor?: string,
): Promise<Page<Activity>> {
  const query = {
    index: 'gsi2' as const,
    partition: organisationActivities(organisationId),
    limit: ORGANISATION_ACTIVITIES_PAGE,
    ...(includeEnded
      ? {}
      : {
          filter: {
            expression: '#status <> :ended',
            names: { '#status': 'status' },
            values: { ':ended': 'ended' },
          },
        }),
  };
  return queryPage(store, query, cursor, (item) => storedActivity.parse(item));
}
