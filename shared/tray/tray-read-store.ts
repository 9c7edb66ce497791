import * as z from 'zod/mini';
import { someProfiles } from '#shared/peers/peer-store.ts';
import type { Store } from '#shared/store/client.ts';
import { type Page, type PartitionQuery, queryPage } from '#shared/store/query.ts';
import type { Topic } from '#shared/topics.ts';
import type { ActivityCategory, TargetGroup } from './activity.ts';
import { storedTrayEntry, type TrayEntry } from './tray-entry.ts';
import { TRAY_COUNTS, type TrayKeyFilter, trayIndexPartition } from './tray-keys.ts';

/**
 * The public tray's reads of what the activities' writers keep (`tray-keys.ts`): the filter index
 * items, the running counts, and the peer-leader profiles' languages and municipalities for the
 * gap picture. Reads only: every item here is written in the transaction of the fact it derives from.
 */

export interface TrayFilter extends TrayKeyFilter {
  category?: ActivityCategory;
  targetGroup?: TargetGroup;
  topic?: Topic;
  /** Lower-case words, each of which the name or description must contain. */
  words?: string[];
}

/**
 * One page of the tray: ONE partition by area and language (the key), a category as the sort-key
 * prefix, target group, topic and words filtered within it, read on until the page is full or its
 * read budget is spent (`queryPage`).
 */
export function queryTray(
  store: Store,
  filter: TrayFilter,
  cursor: string | undefined,
  limit: number,
): Promise<Page<TrayEntry>> {
  const conditions: string[] = [];
  const values: Record<string, unknown> = {};
  if (filter.targetGroup) {
    conditions.push('contains(targetGroups, :targetGroup)');
    values[':targetGroup'] = filter.targetGroup;
  }
  if (filter.topic) {
    conditions.push('contains(topics, :topic)');
    values[':topic'] = filter.topic;
  }
  for (const [i, word] of (filter.words ?? []).entries()) {
    conditions.push(`contains(words, :word${i})`);
    values[`:word${i}`] = word;
  }
  const query: PartitionQuery = {
    partition: trayIndexPartition({ area: filter.area, language: filter.language }),
    ...(filter.category ? { sortKeyPrefix: `${filter.category}#` } : {}),
    limit,
    ...(conditions.length > 0 ? { filter: { expression: conditions.join(' AND '), values } } : {}),
  };
  return queryPage(store, query, cursor, (item) => storedTrayEntry.parse(item));
}

/** One area's running counts: a number per `countAttribute` (`n#<category>`, `n#<category>#<language>`). */
export interface AreaCounts {
  key: string;
  area: { kind: 'municipality' | 'region' | 'country'; name: string };
  counts: Record<string, number>;
}

const countItem = z.object({
  sk: z.string(),
  area: z.object({ kind: z.enum(['municipality', 'region', 'country']), name: z.string() }),
});

const COUNT_PREFIX = 'n#';

function areaCountsOf(item: Record<string, unknown>): AreaCounts {
  const { sk, area } = countItem.parse(item);
  const counts = Object.fromEntries(
    Object.entries(item).flatMap(([name, value]) =>
      name.startsWith(COUNT_PREFIX) && typeof value === 'number' ? [[name, value]] : [],
    ),
  );
  return { key: sk, area, counts };
}

/** The running counts of up to `limit` areas (one Query of `TRAY-COUNTS`); `more` when there are others. */
export async function readCounts(
  store: Store,
  limit: number,
): Promise<{ areas: AreaCounts[]; more: boolean }> {
  const page = await queryPage(store, { partition: TRAY_COUNTS, limit }, undefined, areaCountsOf);
  return { areas: page.items, more: page.cursor !== undefined };
}

export interface PeerCoverage {
  languages: string[];
  municipalities: string[];
}

/**
 * Where peer leaders work in which languages, from up to `limit` profiles (the bank's own reader of
 * gsi1 `PEER-PROFILES`): only languages and municipalities leave this function, never a name.
 */
export async function readPeerCoverage(
  store: Store,
  limit: number,
): Promise<{ profiles: PeerCoverage[]; more: boolean }> {
  const { profiles, more } = await someProfiles(store, limit);
  return { profiles: profiles.map(({ languages, municipalities }) => ({ languages, municipalities })), more };
}
