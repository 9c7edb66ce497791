import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Organisation } from '#shared/membership/organisation.ts';
import { organisationItem } from '#shared/membership/organisation-store.ts';
import { writeAll } from '#shared/store/batch.ts';
import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { type ActivityCategory, activityCategories, areaKey } from '#shared/tray/activity.ts';
import { activityItem, trayIndexItems } from '#shared/tray/activity-store.ts';
import { trayCoverage } from '#shared/tray/coverage.ts';
import { searchTray, TRAY_PAGE_SIZE } from '#shared/tray/search-tray.ts';
import { countContributions, TRAY_COUNTS, trayIndexPartition } from '#shared/tray/tray-keys.ts';
import { sampleActivity } from '../support/tray.ts';
import { percentile, progress } from './harness.ts';

export interface TrayOptions {
  store: Store;
  activities: number;
  samples?: number;
}

const LANGUAGES = ['fi', 'so', 'ar', 'ru', 'uk', 'fa', 'en', 'sv', 'ti', 'prs'];
const MUNICIPALITIES = 20;
const ORGANISATIONS = 40;

/**
 * The p50 of each of the calls, timed in alternating turns after a warm-up, so a change in the
 * machine's load (DynamoDB Local settling after the writes) falls on all of them alike.
 */
async function p50s(samples: number, calls: (() => Promise<unknown>)[]): Promise<number[]> {
  const times = calls.map((): number[] => []);
  for (let i = 0; i < 20 + samples; i += 1) {
    for (const [k, call] of calls.entries()) {
      const started = performance.now();
      await call();
      if (i >= 20) times[k]?.push(performance.now() - started);
    }
  }
  return times.map((one) => percentile(one, 50));
}

/**
 * 2,000 (by default) activities of 40 member organisations across 20 municipalities and 10
 * languages (one or two areas, one to three languages, every tenth paused), written in batches as
 * the activities' writer builds their items (`activity-store.ts`), the running counts summed and
 * written once per area. Then the public tray filtered by one municipality and one language, through the search use
 * case (one Query, one BatchGet of the page's organisations), against a bare Query of the same
 * index partition asking for the same page size; and the coverage picture from the counts.
 */
export async function trayBenchmark({ store, activities, samples = 200 }: TrayOptions) {
  const now = new Date();
  const run = randomUUID().slice(0, 6);
  const towns = Array.from({ length: MUNICIPALITIES }, (_, i) => `Vertailu-${run}-${i}`);
  const organisations: Organisation[] = Array.from({ length: ORGANISATIONS }, (_, i) => ({
    id: randomUUID(),
    name: `Vertailujärjestö ${i} ry`,
    municipalities: [towns[i % MUNICIPALITIES] as string],
    languages: [LANGUAGES[i % LANGUAGES.length] as string, 'fi'],
    topics: [],
    description: 'Suorituskykymittauksen järjestö.',
    status: 'member',
    joinedAt: now.toISOString(),
    representativeCount: 1,
  }));
  const written = Array.from({ length: activities }, (_, i) => {
    const areas = [...new Set([towns[i % MUNICIPALITIES], towns[(i * 7 + 3) % MUNICIPALITIES]])]
      .slice(0, 1 + (i % 2))
      .map((name) => ({ kind: 'municipality' as const, name: name as string }));
    const languages = [...new Set([0, 3, 7].slice(0, 1 + (i % 3)).map((k) => LANGUAGES[(i + k) % 10]))];
    return sampleActivity((organisations[i % ORGANISATIONS] as Organisation).id, {
      areas,
      languages: languages as string[],
      category: activityCategories[i % 3] as ActivityCategory,
      status: i % 10 === 9 ? 'paused' : 'active',
    });
  });

  const counts = new Map<string, Record<string, unknown>>();
  for (const a of written) {
    for (const [key, attributes] of countContributions(a)) {
      const item = counts.get(key) ?? {
        [KEY.pk]: TRAY_COUNTS,
        [KEY.sk]: key,
        entity: 'tray-count',
        area: a.areas.find((area) => areaKey(area) === key),
      };
      for (const name of attributes) item[name] = Number(item[name] ?? 0) + 1;
      counts.set(key, item);
    }
  }
  const items = [
    ...organisations.map(organisationItem),
    ...written.flatMap((a) => [activityItem(a), ...trayIndexItems(a)]),
    ...counts.values(),
  ];
  progress(`tray: writing ${items.length} items`);
  await writeAll(
    store,
    items.map((Item) => ({ PutRequest: { Item } })),
  );
  progress(`tray: ${activities} activities written\n`);

  const municipality = towns[0] as string;
  const language = LANGUAGES[0] as string;
  const partition = trayIndexPartition({
    area: areaKey({ kind: 'municipality', name: municipality }),
    language,
  });
  const bareQuery = () =>
    store.db.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': KEY.pk },
        ExpressionAttributeValues: { ':pk': partition },
        Limit: TRAY_PAGE_SIZE,
      }),
    );
  const first = await searchTray(store, { municipality, language });
  const [bareQueryP50Ms = 0, filteredP50Ms = 0, gridP50Ms = 0] = await p50s(samples, [
    bareQuery,
    () => searchTray(store, { municipality, language }),
    () => trayCoverage(store, undefined, {}),
  ]);
  const grid = await trayCoverage(store, undefined, {});
  return {
    activities,
    indexItems: items.length - organisations.length - activities - counts.size,
    pageItems: first.items.length,
    filteredP50Ms: Number(filteredP50Ms.toFixed(2)),
    bareQueryP50Ms: Number(bareQueryP50Ms.toFixed(2)),
    filteredP50Ratio: Number((filteredP50Ms / bareQueryP50Ms).toFixed(2)),
    gridP50Ms: Number(gridP50Ms.toFixed(2)),
    gridRows: grid.rows.length,
    gridGaps: grid.gaps.length,
  };
}
