import { canonicalLanguageCode } from '#shared/i18n/language-codes.ts';
import { normalisedName } from '#shared/membership/names.ts';
import type { Organisation } from '#shared/membership/organisation.ts';
import { listOrganisations } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { countOpen, readTally } from './peer-request-store.ts';
import { allProfiles, type ProfileFields } from './peer-store.ts';

export interface LanguageGap {
  language: string;
  municipality: string;
  /** How many member organisations work in the language there. */
  organisations: number;
}

async function memberOrganisations(store: Store): Promise<Organisation[]> {
  const found: Organisation[] = [];
  let cursor: string | undefined;
  do {
    const page = await listOrganisations(store, 'member', cursor);
    found.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return found;
}

const pairKey = (language: string, municipality: string) => `${language}\n${normalisedName(municipality)}`;

/** Finland's national languages: every organisation works in them, and a peer leader is not needed for them. */
const nationalLanguages = new Set(['fi', 'sv']);

/**
 * Languages with no peer leader in a municipality where member organisations work in that language
 * (Finnish and Swedish left out): the bank's gaps, for the coordinator's figures and the tray's gap
 * picture. Most organisations first.
 */
export function languageGaps(
  profiles: Pick<ProfileFields, 'languages' | 'municipalities'>[],
  organisations: Organisation[],
): LanguageGap[] {
  const covered = new Set(
    profiles.flatMap((p) =>
      p.languages.flatMap((language) => p.municipalities.map((m) => pairKey(language, m))),
    ),
  );
  const gaps = new Map<string, LanguageGap>();
  for (const org of organisations)
    for (const language of org.languages.filter(
      (code) => !nationalLanguages.has(canonicalLanguageCode(code)),
    ))
      for (const municipality of org.municipalities) {
        const key = pairKey(language, municipality);
        if (covered.has(key)) continue;
        const gap = gaps.get(key) ?? { language, municipality, organisations: 0 };
        gap.organisations += 1;
        gaps.set(key, gap);
      }
  return [...gaps.values()].sort(
    (a, b) =>
      b.organisations - a.organisations ||
      a.municipality.localeCompare(b.municipality, 'fi') ||
      a.language.localeCompare(b.language),
  );
}

const counted = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * The coordinator's figures: leaders per language, per municipality and per both, from the profiles;
 * requests from the running tally, with open and past-due ones counted from their locks (a request
 * nobody answered is expired once its time passes, whether or not anything has marked it yet).
 */
export async function peerFigures(store: Store, now: Date) {
  const [profiles, organisations, tally, open] = await Promise.all([
    allProfiles(store),
    memberOrganisations(store),
    readTally(store),
    countOpen(store, now),
  ]);
  const byLanguage = new Map<string, number>();
  const byMunicipality = new Map<string, number>();
  const byBoth = new Map<string, { language: string; municipality: string; leaders: number }>();
  const names = new Map<string, string>();
  for (const p of profiles) {
    for (const language of new Set(p.languages)) counted(byLanguage, language);
    const places = new Map(p.municipalities.map((m) => [normalisedName(m), m]));
    for (const [key, name] of places) {
      if (!names.has(key)) names.set(key, name);
      counted(byMunicipality, key);
      for (const language of new Set(p.languages)) {
        const both = byBoth.get(`${language}\n${key}`) ?? {
          language,
          municipality: names.get(key) ?? name,
          leaders: 0,
        };
        both.leaders += 1;
        byBoth.set(`${language}\n${key}`, both);
      }
    }
  }
  const sorted = <T extends { leaders: number }>(rows: T[], label: (row: T) => string) =>
    rows.sort((a, b) => b.leaders - a.leaders || label(a).localeCompare(label(b), 'fi'));
  return {
    leaders: profiles.length,
    byLanguage: sorted(
      [...byLanguage].map(([language, leaders]) => ({ language, leaders })),
      (row) => row.language,
    ),
    byMunicipality: sorted(
      [...byMunicipality].map(([key, leaders]) => ({ municipality: names.get(key) ?? key, leaders })),
      (row) => row.municipality,
    ),
    byLanguageAndMunicipality: sorted([...byBoth.values()], (row) => `${row.municipality} ${row.language}`),
    requests: {
      sent: tally.sent,
      accepted: tally.accepted,
      declined: tally.declined,
      expired: tally.expired + open.overdue,
      open: open.open,
    },
    gaps: languageGaps(profiles, organisations),
  };
}
