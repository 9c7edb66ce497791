import type { Caller } from '#shared/auth/access.ts';
import { canonicalLanguageCode } from '#shared/i18n/language-codes.ts';
import type { Organisation } from '#shared/membership/organisation.ts';
import { listOrganisations } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { type ActivityCategory, type Area, activityCategories, areaKey } from './activity.ts';
import { countAttribute } from './tray-keys.ts';
import { type AreaCounts, readCounts, readPeerCoverage } from './tray-read-store.ts';

/**
 * What one coverage picture reads and shows at most. The network has tens of member organisations
 * working in tens of municipalities, and the bank about 140 peer leaders; past these bounds the
 * picture says `truncated` rather than read on.
 */
export const coverageLimits = {
  /**
   * Areas of the running counts read: one Query of `TRAY-COUNTS`. The bound counts the areas read,
   * those whose counts have all fallen to zero too (they are read, then left out of the rows).
   */
  areas: 1000,
  /** Member organisations read from the directory, for the municipalities and languages they work in. */
  organisations: 1000,
  /** Peer-leader profiles read for the peer-leader gaps (languages and municipalities only). */
  peerProfiles: 2000,
  /** Gaps listed, activity gaps and peer-leader gaps each. */
  gaps: 500,
} as const;

export interface CoverageRow {
  area: Area;
  /** Active activities of each category in the area (in the chosen language, when one is). */
  counts: Record<ActivityCategory, number>;
}

/** A municipality where the network works and a language needed there, with no activity of a category in it. */
export interface Gap {
  municipality: string;
  language: string;
  category: ActivityCategory;
}

/** A municipality and a language needed there with no peer leader who works in both: counts only, no names. */
export interface PeerLeaderGap {
  municipality: string;
  language: string;
}

export interface Coverage {
  language?: string;
  /**
   * Areas by kind (municipalities, regions, the country), then name: those with an active activity
   * counted in the picture, and the municipalities where member organisations work (with none, too).
   */
  rows: CoverageRow[];
  /** Languages activities are counted in or needed in: what the picture can be narrowed to. */
  languages: string[];
  gaps: Gap[];
  /** Only for the coordinator and member organisations' representatives. */
  peerLeaderGaps?: PeerLeaderGap[];
  /** A bound of `coverageLimits` was reached: the picture shows part of the network. */
  truncated: boolean;
}

const kindOrder = { municipality: 0, region: 1, country: 2 } as const;
/** The national languages: every activity can be run in them, so no peer leader is sought for them. */
const nationalLanguages = new Set(['fi', 'sv']);
const collator = new Intl.Collator('fi');

/** The member organisations, up to the bound, from the directory (a page of 50 at a time). */
async function memberOrganisations(store: Store): Promise<{ organisations: Organisation[]; more: boolean }> {
  const organisations: Organisation[] = [];
  let cursor: string | undefined;
  do {
    const page = await listOrganisations(store, 'member', cursor);
    organisations.push(...page.items);
    cursor = page.cursor;
  } while (cursor && organisations.length < coverageLimits.organisations);
  return {
    organisations: organisations.slice(0, coverageLimits.organisations),
    more: cursor !== undefined || organisations.length > coverageLimits.organisations,
  };
}

/** The languages an area's count attributes name (`n#<category>#<language>`) with an active activity. */
const countedLanguages = (counts: AreaCounts['counts']) =>
  Object.entries(counts).flatMap(([name, count]) => {
    const language = name.split('#')[2];
    return language && count > 0 ? [canonicalLanguageCode(language)] : [];
  });

/** Whoever might see the peer-leader gaps: the coordinator, or someone representing an organisation. */
const mayReadPeerFigures = (caller: Caller | undefined) =>
  Boolean(caller && (caller.coordinator || caller.organisations.length > 0));

/** Who does see them: the coordinator and members' representatives, not a tray partner's nor a former member's. */
const readsPeerFigures = (caller: Caller | undefined, members: Organisation[]) =>
  Boolean(caller && (caller.coordinator || members.some((org) => caller.organisations.includes(org.id))));

/**
 * The coverage picture from the running counts, never from the activities: areas × categories,
 * and the gaps. Its rows are the areas with an active activity counted in the picture and the
 * municipalities of the member organisations; an area whose counts have all fallen to zero (its
 * activities ended or moved) is left out. A language is needed in a municipality when a member
 * organisation working there works in it, or an active activity there is run in it. Each category
 * with no active activity in a needed language there is a gap; so is a needed language other than
 * Finnish and Swedish that no peer leader works in there (shown to members' representatives and
 * the coordinator).
 */
export async function trayCoverage(
  store: Store,
  caller: Caller | undefined,
  query: { language?: string },
): Promise<Coverage> {
  const { language } = query;
  const [counted, members, read] = await Promise.all([
    readCounts(store, coverageLimits.areas),
    memberOrganisations(store),
    mayReadPeerFigures(caller) ? readPeerCoverage(store, coverageLimits.peerProfiles) : undefined,
  ]);
  const peers = readsPeerFigures(caller, members.organisations) ? read : undefined;

  const byKey = new Map<string, AreaCounts>(counted.areas.map((a) => [a.key, a]));
  const shown = (a: AreaCounts) =>
    activityCategories.some((category) => (a.counts[countAttribute(category, language)] ?? 0) > 0);
  const areas = new Map<string, Area>(counted.areas.filter(shown).map((a) => [a.key, a.area]));
  const needed = new Map<string, Set<string>>();
  for (const a of counted.areas) {
    if (a.area.kind !== 'municipality') continue;
    const languages = countedLanguages(a.counts);
    if (languages.length > 0) needed.set(a.key, new Set(languages));
  }
  for (const org of members.organisations) {
    for (const name of org.municipalities) {
      const key = areaKey({ kind: 'municipality', name });
      if (!areas.has(key)) areas.set(key, { kind: 'municipality', name });
      const languages = needed.get(key) ?? new Set<string>();
      for (const code of org.languages) languages.add(canonicalLanguageCode(code));
      needed.set(key, languages);
    }
  }

  const countOf = (key: string, category: ActivityCategory, inLanguage = language) =>
    byKey.get(key)?.counts[countAttribute(category, inLanguage)] ?? 0;
  const ordered = [...areas].sort(
    ([, a], [, b]) => kindOrder[a.kind] - kindOrder[b.kind] || collator.compare(a.name, b.name),
  );
  const rows = ordered.map(([key, area]) => ({
    area,
    counts: Object.fromEntries(activityCategories.map((c) => [c, countOf(key, c)])) as Record<
      ActivityCategory,
      number
    >,
  }));

  // Needed languages of each municipality, in the picture's order; narrowed to the chosen language.
  const needs = ordered.flatMap(([key, area]) =>
    [...(needed.get(key) ?? [])]
      .filter((code) => !language || code === language)
      .sort()
      .map((code) => ({ key, municipality: area.name, language: code })),
  );
  const gaps = needs
    .flatMap((need) =>
      activityCategories
        .filter((category) => countOf(need.key, category, need.language) === 0)
        .map((category) => ({ municipality: need.municipality, language: need.language, category })),
    )
    .slice(0, coverageLimits.gaps + 1);

  let peerLeaderGaps: PeerLeaderGap[] | undefined;
  if (peers) {
    const covered = new Set(
      peers.profiles.flatMap((profile) =>
        profile.municipalities.flatMap((name) =>
          profile.languages.map(
            (code) => `${areaKey({ kind: 'municipality', name })} ${canonicalLanguageCode(code)}`,
          ),
        ),
      ),
    );
    peerLeaderGaps = needs
      .filter((need) => !nationalLanguages.has(need.language) && !covered.has(`${need.key} ${need.language}`))
      .map(({ municipality, language: code }) => ({ municipality, language: code }))
      .slice(0, coverageLimits.gaps + 1);
  }

  const languages = new Set([...counted.areas.flatMap((a) => countedLanguages(a.counts))]);
  for (const codes of needed.values()) for (const code of codes) languages.add(code);
  const cut = (list: unknown[] | undefined) => (list?.length ?? 0) > coverageLimits.gaps;
  return {
    ...(language ? { language } : {}),
    rows,
    languages: [...languages].sort(),
    gaps: gaps.slice(0, coverageLimits.gaps),
    ...(peerLeaderGaps ? { peerLeaderGaps: peerLeaderGaps.slice(0, coverageLimits.gaps) } : {}),
    truncated: counted.more || members.more || Boolean(peers?.more) || cut(gaps) || cut(peerLeaderGaps),
  };
}
