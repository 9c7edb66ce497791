import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { type Consultation, consultationKinds } from '#shared/consultations/consultation.ts';
import { type Language, languageCodes } from '#shared/i18n/languages.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { httpUrl, someChange, text } from '#shared/text.ts';
import { type Topic, topics } from '#shared/topics.ts';
import { type SourceKind, sourceKinds } from './kinds.ts';

/**
 * An agenda source: a feed or API where a body publishes what it will decide. Kaiutin polls it and
 * turns each new item into a draft upcoming decision for the coordinator to publish or dismiss.
 */

const LIMITS = { keyword: 60, keywords: 50, rules: 30, topicsPerRule: topics.length } as const;
export const POLL_MINUTES = { min: 15, max: 7 * 24 * 60, default: 60 } as const;

const keyword = z.string().check(z.trim(), z.minLength(2), z.maxLength(LIMITS.keyword));
const topicList = z.array(z.enum(topics)).check(z.minLength(1), z.maxLength(topics.length));

/** A dotted path into a JSON document, such as `data.items` or `subject`. */
const jsonPath = z
  .string()
  .check(
    z.trim(),
    z.maxLength(120),
    z.regex(/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/, 'A dotted path such as data.items.'),
  );

/** Where a JSON API keeps its items and, in each item, the fields Kaiutin reads. */
export const jsonMapping = z.object({
  /** Empty when the document itself is the list. */
  items: z._default(z.union([jsonPath, z.literal('')]), ''),
  id: jsonPath,
  title: jsonPath,
  url: z.optional(jsonPath),
  summary: z.optional(jsonPath),
  published: z.optional(jsonPath),
});
export type JsonMapping = z.output<typeof jsonMapping>;

/** Items that mention one of the keywords get the rule's topics. */
export const topicRule = z.object({
  keywords: z.array(keyword).check(z.minLength(1), z.maxLength(20)),
  topics: topicList,
});
export type TopicRule = z.output<typeof topicRule>;

const sourceFields = z.object({
  bodyId: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  name: text(120),
  url: httpUrl,
  kind: z.enum(sourceKinds),
  mapping: z.optional(jsonMapping),
  /** The language the source writes in: the original language of its drafts. */
  language: z._default(z.enum(languageCodes), 'fi'),
  /** Suggested for an item that no rule matches. */
  topics: topicList,
  /** When given, only items that mention one of them are imported. */
  keywords: z._default(z.array(keyword).check(z.maxLength(LIMITS.keywords)), []),
  rules: z._default(z.array(topicRule).check(z.maxLength(LIMITS.rules)), []),
  everyMinutes: z._default(
    z.int().check(z.gte(POLL_MINUTES.min), z.lte(POLL_MINUTES.max)),
    POLL_MINUTES.default,
  ),
  enabled: z._default(z.boolean(), true),
});

/** A JSON source cannot be read without knowing where its fields are. */
export const missesMapping = (s: { kind: SourceKind; mapping?: JsonMapping }) =>
  s.kind === 'json' && s.mapping === undefined;

export const MAPPING_REQUIRED = {
  field: 'mapping',
  message: 'A JSON source needs the mapping of its fields.',
  code: 'required',
} as const;

export const sourceInput = sourceFields.check(
  z.refine((s) => !missesMapping(s), {
    message: MAPPING_REQUIRED.message,
    params: { code: MAPPING_REQUIRED.code },
    path: [MAPPING_REQUIRED.field],
  }),
);
export type SourceInput = z.output<typeof sourceInput>;

export const sourceChanges = z.partial(z.omit(sourceFields, { bodyId: true })).check(z.refine(...someChange));
export type SourceChanges = z.output<typeof sourceChanges>;

/** Why a source cannot be read. */
export const sourceProblem = z.object({
  code: z.string(),
  message: z.string(),
  /** The figures in the message (an HTTP status, a line), so the web app can say it in any language. */
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});
export type SourceProblem = z.output<typeof sourceProblem>;

/** What the last polls found: shown to the coordinator, so a broken source is noticed. */
export const sourceHealth = z.object({
  lastPolledAt: z.optional(z.string()),
  lastSuccessAt: z.optional(z.string()),
  lastError: z.optional(z.object({ at: z.string(), ...sourceProblem.shape })),
  /** Failures since the last success; each doubles the wait before the next poll. */
  failures: z._default(z.int(), 0),
  /** Items in the source at its last successful poll. */
  itemsFound: z._default(z.int(), 0),
  /** Items turned into drafts, ever. */
  itemsImported: z._default(z.int(), 0),
  nextPollAt: z.string(),
});
export type SourceHealth = z.output<typeof sourceHealth>;

export const source = z.extend(sourceFields, {
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  health: sourceHealth,
  /** Its push hook, when enabled; the secret is shown once and never again (hook.ts). */
  hook: z.optional(z.object({ enabledAt: z.string() })),
});
export type Source = z.output<typeof source>;
/** How a stored source is read: its shape without today's input rules. */
export const storedSource = stored(source);

const itemText = z.object({ title: z.string(), summary: z.optional(z.string()) });

/**
 * An item as read from a source, before it becomes a draft: what the source says, in its own
 * terms. `title` and `summary` are in the original language; `translations` in the others it gives.
 */
export const sourceItem = z.object({
  /** What identifies the matter in its system: polling again, or handling it again, is the same item. */
  externalId: z.string(),
  title: z.string(),
  url: z.optional(z.string()),
  summary: z.optional(z.string()),
  publishedAt: z.optional(z.string()),
  /** The original's language when the system says; else the source's. */
  language: z.optional(z.enum(languageCodes)),
  translations: z.optional(z.partialRecord(z.enum(languageCodes), itemText)),
  /** What the system publishes it as; an upcoming decision unless it says otherwise. */
  kind: z.optional(z.enum(consultationKinds)),
  /** The date of the meeting that decides, in Finnish local time (YYYY-MM-DD). */
  decisionDate: z.optional(z.string()),
  /** When that meeting starts, in UTC, when the system gives a time. */
  meetingAt: z.optional(z.string()),
  /** The last moment to comment, in UTC. */
  statementDeadline: z.optional(z.string()),
  /** The deciding or consulting body as the system names it: "Kunnanhallitus", a ministry. */
  organ: z.optional(z.string()),
  /** The system says the meeting or hearing will not take place. */
  cancelled: z.optional(z.boolean()),
});
export type SourceItem = z.output<typeof sourceItem>;

/** Stable and key-safe whatever the source uses as ids (URLs, numbers, GUIDs). */
export const itemIdOf = (externalId: string) =>
  createHash('sha256').update(externalId).digest('hex').slice(0, 32);

/** Changes when anything Kaiutin copies from the item changes. */
export function contentHashOf(item: SourceItem): string {
  const { externalId, title, url, summary, publishedAt, ...more } = item;
  // Items of RSS, Atom and JSON sources hash as they always have, so no stored item looks changed.
  const copied: unknown[] = [title, url ?? '', summary ?? ''];
  const rest = Object.entries(more)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  if (rest.length > 0) copied.push(rest);
  return createHash('sha256').update(JSON.stringify(copied)).digest('hex').slice(0, 32);
}

const mentions = (haystack: string, words: string[]) =>
  words.some((w) => haystack.includes(w.toLocaleLowerCase()));
const searchable = (item: SourceItem) =>
  [item, ...Object.values(item.translations ?? {})]
    .map((t) => `${t.title}\n${t.summary ?? ''}`)
    .join('\n')
    .toLocaleLowerCase();

/** Without keywords every item counts; with them, only items that mention one. */
export const isWanted = (source: Pick<Source, 'keywords'>, item: SourceItem) =>
  source.keywords.length === 0 || mentions(searchable(item), source.keywords);

/** The topics of every rule the item matches, else the source's own. */
export function suggestedTopics(source: Pick<Source, 'rules' | 'topics'>, item: SourceItem): Topic[] {
  const haystack = searchable(item);
  const matched = new Set(
    source.rules.filter((r) => mentions(haystack, r.keywords)).flatMap((r) => r.topics),
  );
  return matched.size > 0 ? topics.filter((t) => matched.has(t)) : source.topics;
}

const POLL_BACKOFF_CAP_MINUTES = 24 * 60;

/** After a success, the source's interval; after failures, twice as long for each, up to a day. */
export function nextPollAfter(source: Pick<Source, 'everyMinutes'>, failures: number, now: Date): string {
  const minutes = Math.min(source.everyMinutes * 2 ** Math.min(failures, 16), POLL_BACKOFF_CAP_MINUTES);
  return new Date(now.getTime() + Math.max(minutes, source.everyMinutes) * 60_000).toISOString();
}

/** Cuts text to a limit at a word boundary, marking the cut; never between the halves of a surrogate pair. */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = /[\uD800-\uDBFF]/.test(value.charAt(max - 2)) ? max - 2 : max - 1;
  const cut = value.slice(0, end);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

export const DRAFT_LIMITS = { title: 200, summary: 4000 } as const;

const draftText = (text: { title: string; summary?: string | undefined }) => ({
  title: clip(text.title, DRAFT_LIMITS.title),
  summary: clip(text.summary || text.title, DRAFT_LIMITS.summary),
});

/** What a draft takes from its item: texts in every language given, the link, the kind and the dates. */
export function draftFields(item: SourceItem, sourceLanguage: Language) {
  // The original is in the language the item's system says, else the source's.
  const original = item.language ?? sourceLanguage;
  const texts: Consultation['texts'] = {};
  for (const [language, text] of Object.entries(item.translations ?? {}) as [Language, SourceItem][]) {
    if (text) texts[language] = draftText(text);
  }
  texts[original] = draftText(item);
  const title = texts[original].title;
  return {
    kind: item.kind ?? 'upcoming-decision',
    originalLanguage: original,
    texts,
    // Every reader checks its links; this is the last guard before a link is shown as one.
    links: item.url && httpUrl.safeParse(item.url).success ? [{ title, url: item.url }] : [],
    ...(item.decisionDate ? { decisionDate: item.decisionDate } : {}),
    ...(item.meetingAt ? { meetingAt: item.meetingAt } : {}),
    ...(item.statementDeadline ? { statementDeadline: item.statementDeadline } : {}),
  } satisfies Partial<Consultation>;
}
