import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { decode } from 'html-entities';
import { DomainError } from '#shared/errors.ts';
import { httpUrl } from '#shared/text.ts';
import type { FeedKind } from './kinds.ts';
import type { JsonMapping, SourceItem } from './source.ts';

/** A source whose document Kaiutin cannot read; its message goes on the source's health. */
export class UnreadableSource extends DomainError {
  constructor(code: string, message: string, params?: Record<string, string | number>) {
    super('unprocessable', code, message, params);
  }
}

/** At most this many items are read per poll: an agenda lists tens, not thousands. */
export const MAX_ITEMS = 200;

const blockEnd = /<\/(p|div|li|h[1-6]|tr|blockquote|section|article)\s*>|<br\s*\/?>/gi;

/** Plain text of an HTML fragment: scripts, styles and comments dropped, paragraphs kept as lines. */
export function plainText(html: string): string {
  const withoutTags = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(blockEnd, '\n')
    .replace(/<[^>]*>/g, ' ');
  return (
    decode(withoutTags)
      // Decoding can reveal markup that was escaped in the source; it is text, but must not look like HTML.
      .replace(/<(?=\s*[a-z!/])/gi, '‹')
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ *\n[\s]*/g, '\n\n')
      .trim()
  );
}

/** A link a consultation accepts (http or https, not too long), else none: never `javascript:` and the like. */
export const httpAddress = (value: unknown): string | undefined =>
  typeof value === 'string' ? httpUrl.safeParse(value.trim()).data : undefined;

const isoOrUndefined = (value: unknown): string | undefined => {
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

/** An item needs an id and a title; anything else is optional and dropped when unusable. */
function item(fields: {
  id: unknown;
  title: unknown;
  url: unknown;
  summary: unknown;
  published: unknown;
}): SourceItem | undefined {
  const title = typeof fields.title === 'string' ? plainText(fields.title) : '';
  const url = httpAddress(fields.url);
  const id = typeof fields.id === 'string' || typeof fields.id === 'number' ? String(fields.id).trim() : url;
  if (!id || !title) return undefined;
  const summary = typeof fields.summary === 'string' ? plainText(fields.summary) : '';
  const publishedAt = isoOrUndefined(fields.published);
  return {
    externalId: id.slice(0, 1000),
    title,
    ...(url ? { url } : {}),
    ...(summary ? { summary } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}

/** Refuses a document that is not well-formed XML, or that declares entities, before any reader parses it. */
export function checkXml(document: string): void {
  // Entity declarations can expand a small document into gigabytes; agenda feeds never need them.
  if (/<!ENTITY/i.test(document)) {
    throw new UnreadableSource(
      'entities_refused',
      'The feed declares XML entities, which Kaiutin does not read.',
    );
  }
  const valid = XMLValidator.validate(document);
  if (valid !== true) {
    throw new UnreadableSource(
      'not_xml',
      `The feed is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`,
    );
  }
}

/** The value of a JSON document, or the reason it is none. */
export function parseJson(document: string): unknown {
  try {
    return JSON.parse(document);
  } catch {
    throw new UnreadableSource('not_json', 'The document is not valid JSON.');
  }
}

function readFeed(document: string): SourceItem[] {
  checkXml(document);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(document);
  } catch {
    throw new UnreadableSource('not_a_feed', 'The document is XML but neither an RSS nor an Atom feed.');
  }
  return feed.items
    .map((entry) =>
      item({
        id: entry.id,
        title: entry.title,
        url: entry.url,
        summary: entry.description ?? entry.content,
        published: entry.published ?? entry.updated,
      }),
    )
    .filter((entry) => entry !== undefined);
}

const at = (value: unknown, path: string | undefined): unknown =>
  path === undefined || path === ''
    ? value
    : path
        .split('.')
        .reduce<unknown>(
          (node, key) =>
            node !== null && typeof node === 'object' && Object.hasOwn(node, key)
              ? (node as Record<string, unknown>)[key]
              : undefined,
          value,
        );

function readJson(document: string, mapping: JsonMapping): SourceItem[] {
  const parsed = parseJson(document);
  const list = at(parsed, mapping.items);
  if (!Array.isArray(list)) {
    throw new UnreadableSource(
      'no_items',
      mapping.items
        ? `The JSON has no list of items at "${mapping.items}".`
        : 'The JSON is not a list of items; give the path to the list in the mapping.',
    );
  }
  return list
    .map((entry) =>
      item({
        id: at(entry, mapping.id),
        title: at(entry, mapping.title),
        url: at(entry, mapping.url),
        summary: at(entry, mapping.summary),
        published: at(entry, mapping.published),
      }),
    )
    .filter((entry) => entry !== undefined);
}

/** The first {@link MAX_ITEMS} items, one per id: the first one read of each. */
export function firstDistinct(items: SourceItem[]): SourceItem[] {
  const seen = new Set<string>();
  return items
    .filter((entry) => !seen.has(entry.externalId) && seen.add(entry.externalId))
    .slice(0, MAX_ITEMS);
}

/** The items of a fetched feed or JSON document, the first {@link MAX_ITEMS}; one item per id. */
export function readItems(kind: FeedKind, document: string, mapping?: JsonMapping): SourceItem[] {
  // RSS and Atom are told apart by the document itself; the kind says which reader to use.
  return firstDistinct(
    kind === 'json'
      ? readJson(document, mapping ?? { items: '', id: 'id', title: 'title' })
      : readFeed(document),
  );
}
