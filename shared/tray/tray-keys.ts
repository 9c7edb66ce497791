import { KEY } from '#shared/store/table.ts';
import { type Activity, type ActivityCategory, areaKey } from './activity.ts';

/**
 * Where the tray lives in the one table (the contract between the tray's writers and readers):
 *
 * - `ACTIVITY#<id>` / `PROFILE`: the activity (entity `activity`); gsi1 `ACTIVITIES` / `<id>`
 *   (every activity in a stable order: the HSDS export pages through it), gsi2
 *   `ORG#<organisationId>#ACTIVITIES` / `<createdAt>#<id>` (an organisation's own, its units' too).
 * - Filter index items (entity `tray-index`), one per partition of `trayIndexPartitions`, sort key
 *   `<category>#<id>`, carrying `trayIndexSummary`: the public tray's filters read one partition
 *   (by area and language, by area, by language, or all), a category as a sort-key prefix, target
 *   group, topic and words as a filter over that partition's items. Ended activities have none.
 *   Written in the same transaction as the activity: old partitions' items deleted, new ones put.
 * - `TRAY-COUNTS` / `<areaKey>` (entity `tray-count`): the running counts of active activities of
 *   one area, `area` {kind, name} and one number attribute per `countAttribute` (a category, and a
 *   category in a language), changed with ADD in the same transaction as the activity. The coverage
 *   grid is one Query of this partition.
 * - `ORG#<organisationId>` / `UNIT#<unitId>`: a unit (entity `unit`).
 * - `ORG#<organisationId>` / `TRAY-TALLY` (entity `tray-tally`): the organisation's `activities`
 *   not ended and its `units`, moved with a condition in the transactions that add, end, reopen or
 *   remove them, so the limits of `trayLimits` hold without a read before the write.
 * - `MATERIAL#<id>` / `PROFILE`: a material (entity `material`); gsi1 `MATERIALS` /
 *   `<updatedAt>#<id>`, gsi2 `ORG#<organisationId>#MATERIALS` / `<updatedAt>#<id>`.
 */
export const activityKey = (id: string) => ({ [KEY.pk]: `ACTIVITY#${id}`, [KEY.sk]: 'PROFILE' });
export const ALL_ACTIVITIES = 'ACTIVITIES';
export const organisationActivities = (organisationId: string) => `ORG#${organisationId}#ACTIVITIES`;

export const TRAY_COUNTS = 'TRAY-COUNTS';
export const unitKey = (organisationId: string, unitId: string) => ({
  [KEY.pk]: `ORG#${organisationId}`,
  [KEY.sk]: `UNIT#${unitId}`,
});
export const UNIT_PREFIX = 'UNIT#';
export const trayTallyKey = (organisationId: string) => ({
  [KEY.pk]: `ORG#${organisationId}`,
  [KEY.sk]: 'TRAY-TALLY',
});

/**
 * Moves one of the organisation's tallies (`activities`, `units`) by one; a step up holds only
 * below the limit, and fails as `name`.
 */
export function tallyStep(
  organisationId: string,
  tally: 'activities' | 'units',
  by: 1 | -1,
  limit: number,
  name: string,
) {
  return {
    name,
    Update: {
      TableName: '',
      Key: trayTallyKey(organisationId),
      UpdateExpression: 'SET #entity = :entity ADD #tally :by',
      ...(by > 0 ? { ConditionExpression: 'attribute_not_exists(#tally) OR #tally < :limit' } : {}),
      ExpressionAttributeNames: { '#entity': 'entity', '#tally': tally },
      ExpressionAttributeValues: {
        ':entity': 'tray-tally',
        ':by': by,
        ...(by > 0 ? { ':limit': limit } : {}),
      },
    },
  };
}

export const materialKey = (id: string) => ({ [KEY.pk]: `MATERIAL#${id}`, [KEY.sk]: 'PROFILE' });
export const ALL_MATERIALS = 'MATERIALS';
export const organisationMaterials = (organisationId: string) => `ORG#${organisationId}#MATERIALS`;

/** The filter a public tray query reads by key; the other filters apply within its partition. */
export interface TrayKeyFilter {
  area?: string;
  language?: string;
}

export const trayIndexPartition = ({ area, language }: TrayKeyFilter) =>
  area && language
    ? `TRAY#A#${area}#L#${language}`
    : area
      ? `TRAY#A#${area}`
      : language
        ? `TRAY#L#${language}`
        : 'TRAY#ALL';

/** Every index partition an activity appears in: all, each area, each language, each pair. */
export function trayIndexPartitions(a: Pick<Activity, 'areas' | 'languages' | 'status'>): string[] {
  if (a.status === 'ended') return [];
  const areas = a.areas.map(areaKey);
  return [
    trayIndexPartition({}),
    ...areas.map((area) => trayIndexPartition({ area })),
    ...a.languages.map((language) => trayIndexPartition({ language })),
    ...areas.flatMap((area) => a.languages.map((language) => trayIndexPartition({ area, language }))),
  ];
}

export const trayIndexSortKey = (a: Pick<Activity, 'category' | 'id'>) => `${a.category}#${a.id}`;

/** What an index item carries, so a filtered list needs no second read of each activity. */
export const trayIndexSummary = (a: Activity) => ({
  id: a.id,
  organisationId: a.organisationId,
  unitId: a.unitId,
  texts: a.texts.map((t) => ({
    language: t.language,
    name: t.name,
    description: t.description.slice(0, 300),
  })),
  category: a.category,
  level: a.level,
  areas: a.areas,
  languages: a.languages,
  targetGroups: a.targetGroups,
  topics: a.topics,
  schedule: a.schedule,
  place: a.place,
  cost: a.cost,
  status: a.status,
  /** Lower-case names and descriptions: the word filter's `contains`. */
  words: a.texts
    .map((t) => `${t.name} ${t.description}`)
    .join(' ')
    .toLocaleLowerCase('fi'),
});

/** The running count attribute of a category, or of a category in one language. */
export const countAttribute = (category: ActivityCategory, language?: string) =>
  language ? `n#${category}#${language}` : `n#${category}`;

/** What an active activity adds to its areas' counts: each area, its category and each language. */
export function countContributions(
  a: Pick<Activity, 'areas' | 'languages' | 'category' | 'status'>,
): Map<string, string[]> {
  const contributions = new Map<string, string[]>();
  if (a.status !== 'active') return contributions;
  for (const area of a.areas) {
    contributions.set(areaKey(area), [
      countAttribute(a.category),
      ...a.languages.map((language) => countAttribute(a.category, language)),
    ]);
  }
  return contributions;
}
