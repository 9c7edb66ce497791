import { isListed } from '#shared/membership/facts.ts';
import { getOrganisationsMany } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import type { Page } from '#shared/store/query.ts';
import type { Topic } from '#shared/topics.ts';
import { type ActivityCategory, areaKey, type TargetGroup } from './activity.ts';
import type { TrayEntry } from './tray-entry.ts';
import { queryTray } from './tray-read-store.ts';

/** A card of the public tray: the index item's summary with its organisation's name. */
export type TrayEntryView = TrayEntry & { organisationName: string };

export interface TraySearch {
  municipality?: string;
  region?: string;
  language?: string;
  category?: ActivityCategory;
  targetGroup?: TargetGroup;
  topic?: Topic;
  q?: string;
  cursor?: string;
}

export const TRAY_PAGE_SIZE = 20;
/** Words of a search that must all occur: more would make a filter no activity meets. */
export const MAX_SEARCH_WORDS = 5;

/** The search's words as the index keeps them (`trayIndexSummary`'s `words`, lower-cased in Finnish). */
export const searchWords = (q: string | undefined) =>
  [...new Set((q ?? '').toLocaleLowerCase('fi').split(/\s+/).filter(Boolean))].slice(0, MAX_SEARCH_WORDS);

const areaOf = ({ municipality, region }: TraySearch) =>
  municipality
    ? areaKey({ kind: 'municipality', name: municipality })
    : region
      ? areaKey({ kind: 'region', name: region })
      : undefined;

/**
 * The public tray, filtered: one Query of the index partition of the area and language, the
 * organisations' names of the page by one BatchGet. Ended activities have no index items, so they
 * never appear; paused ones do, with their status. A municipality or region matches the activities
 * that name it among their areas. An organisation that resigned or was removed is no longer in the
 * tray: its activities are left out (a page may then hold fewer than 20) until they are ended.
 */
export async function searchTray(store: Store, search: TraySearch): Promise<Page<TrayEntryView>> {
  const page = await queryTray(
    store,
    {
      area: areaOf(search),
      language: search.language,
      category: search.category,
      targetGroup: search.targetGroup,
      topic: search.topic,
      words: searchWords(search.q),
    },
    search.cursor,
    TRAY_PAGE_SIZE,
  );
  const organisations = await getOrganisationsMany(
    store,
    page.items.map((entry) => entry.organisationId),
  );
  return {
    items: page.items.flatMap((entry) => {
      const org = organisations.get(entry.organisationId);
      return org && isListed(org) ? [{ ...entry, organisationName: org.name }] : [];
    }),
    ...(page.cursor ? { cursor: page.cursor } : {}),
  };
}
