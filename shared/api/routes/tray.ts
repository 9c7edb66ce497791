import * as z from 'zod/mini';
import { languageCode } from '#shared/i18n/language-codes.ts';
import { topics } from '#shared/topics.ts';
import { activityCategories, areaKinds, targetGroups, trayLimits } from '#shared/tray/facts.ts';
import { trayEntry } from '#shared/tray/tray-entry.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, page } from './common.ts';

const areaName = z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(trayLimits.areaName)));

export const trayQuery = z
  .extend(cursorQuery, {
    /** Activities that name this municipality among their areas. */
    municipality: areaName,
    /** Activities that name this wellbeing services county or region among their areas. */
    region: areaName,
    language: z.optional(languageCode),
    category: z.optional(z.enum(activityCategories)),
    targetGroup: z.optional(z.enum(targetGroups)),
    topic: z.optional(z.enum(topics)),
    /** Words the name or description must all contain (the first five count). */
    q: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(100))),
  })
  .check(
    z.refine((query) => !(query.municipality && query.region), {
      message: 'Filter by a municipality or by a region, not both.',
      path: ['region'],
    }),
  );

/** A card of the public tray: an activity's summary (its description shortened) and its organisation's name. */
export const trayEntryView = z.extend(trayEntry, { organisationName: z.string() });

const categoryCounts = z.object(
  Object.fromEntries(activityCategories.map((category) => [category, z.number()])) as Record<
    (typeof activityCategories)[number],
    z.ZodMiniNumber
  >,
);

export const coverage = z.object({
  language: z.optional(z.string()),
  rows: z.array(
    z.object({
      area: z.object({ kind: z.enum(areaKinds), name: z.string() }),
      counts: categoryCounts,
    }),
  ),
  languages: z.array(z.string()),
  gaps: z.array(
    z.object({ municipality: z.string(), language: z.string(), category: z.enum(activityCategories) }),
  ),
  peerLeaderGaps: z.optional(z.array(z.object({ municipality: z.string(), language: z.string() }))),
  truncated: z.boolean(),
});

export const trayRoutes = {
  searchTray: defineRoute({
    method: 'GET',
    path: '/api/tray',
    access: 'public',
    summary:
      'The public integration tray: the active and paused activities of member organisations and tray partners, filtered by municipality or region, language, category, target group, topic and words.',
    tags: ['tray'],
    query: trayQuery,
    response: page(trayEntryView),
  }),
  trayCoverage: defineRoute({
    method: 'GET',
    path: '/api/tray/coverage',
    access: 'anyone',
    summary:
      'The coverage picture: active activities per area and category (optionally in one language), and the gaps where the network works. Representatives of member organisations and the coordinator also see the languages with no peer leader in a municipality (figures only).',
    tags: ['tray'],
    query: z.object({ language: z.optional(languageCode) }),
    response: coverage,
  }),
};
