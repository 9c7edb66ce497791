import { isLanguage, type Language } from '#shared/i18n/languages.ts';
import { MAX_ITEMS, parseJson, plainText, UnreadableSource } from '../read-items.ts';
import type { SourceItem } from '../source.ts';
import { finnishTime } from './finnish-time.ts';
import type { PresetReader, ReadContext } from './reader.ts';

/**
 * Kerrokantasi (City of Helsinki's hearing system, also run by other cities): `GET /v1/hearing/`
 * answers `{count, next, previous, results}` pages of 50 hearings, each with `title` and
 * `abstract` (HTML) as `{fi, sv, en}`, `open_at`, `close_at`, `closed`, `organization` (a name)
 * and `slug`. Every page is read, as long as `next` stays on the first page's host.
 */

type Translated = Partial<Record<string, unknown>>;

interface Hearing {
  id?: unknown;
  slug?: unknown;
  title?: unknown;
  abstract?: unknown;
  open_at?: unknown;
  close_at?: unknown;
  closed?: unknown;
  published?: unknown;
  organization?: unknown;
}

const texts = (value: unknown): Map<Language, string> => {
  const found = new Map<Language, string>();
  if (value !== null && typeof value === 'object') {
    for (const [language, text] of Object.entries(value as Translated)) {
      const plain = typeof text === 'string' ? plainText(text) : '';
      if (isLanguage(language) && plain) found.set(language, plain);
    }
  }
  return found;
};

/**
 * The hearing's public page. The API runs on its own host beside the site (kerrokantasi.api.hel.fi
 * beside kerrokantasi.hel.fi), and kerrokantasi-ui shows a hearing at `/<slug>`; an API on the
 * site's own host keeps it.
 */
function hearingPage(apiUrl: string, slug: string): string {
  const api = new URL(apiUrl);
  const labels = api.hostname.split('.');
  const site = labels.includes('api')
    ? labels.filter((label) => label !== 'api').join('.')
    : labels.map((label) => label.replace(/-api$/, '')).join('.');
  const port = api.port ? `:${api.port}` : '';
  return `${api.protocol}//${site}${port}/${encodeURIComponent(slug)}`;
}

function hearingItem(hearing: Hearing, context: ReadContext, now: number): SourceItem | undefined {
  const id = typeof hearing.id === 'string' || typeof hearing.id === 'number' ? String(hearing.id) : '';
  const titles = texts(hearing.title);
  if (!id || titles.size === 0 || hearing.published === false) return undefined;
  const deadline = finnishTime(hearing.close_at);
  // An ended hearing is no opportunity any more: not imported, and a draft of it stays as it was.
  if (deadline && Date.parse(deadline) <= now) return undefined;
  const abstracts = texts(hearing.abstract);
  const first = [...titles.keys()][0] as Language;
  const original = [context.language, 'fi' as const, first].find((l) => titles.has(l)) as Language;
  const translations: NonNullable<SourceItem['translations']> = {};
  for (const [language, title] of titles) {
    const summary = abstracts.get(language);
    if (language !== original) translations[language] = { title, ...(summary ? { summary } : {}) };
  }
  const summary = abstracts.get(original);
  const slug = typeof hearing.slug === 'string' && hearing.slug.trim() ? hearing.slug.trim() : id;
  const publishedAt = finnishTime(hearing.open_at);
  const opened = !publishedAt || Date.parse(publishedAt) <= now;
  const organ = typeof hearing.organization === 'string' ? hearing.organization.trim() : '';
  return {
    externalId: id,
    kind: 'hearing',
    language: original,
    title: titles.get(original) as string,
    ...(summary ? { summary } : {}),
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
    url: hearingPage(context.url, slug),
    ...(publishedAt ? { publishedAt } : {}),
    ...(deadline ? { statementDeadline: deadline } : {}),
    ...(organ ? { organ } : {}),
    // Closed after opening and before its deadline: the city has called the hearing off.
    ...(hearing.closed === true && opened ? { cancelled: true } : {}),
  };
}

function page(document: string): { results: Hearing[]; next?: string } {
  const parsed = parseJson(document);
  const results = (parsed as { results?: unknown } | null)?.results;
  if (!Array.isArray(results)) {
    throw new UnreadableSource(
      'unexpected_document',
      'The document has no "results" list of hearings; give the address of /v1/hearing/.',
    );
  }
  const next = (parsed as { next?: unknown }).next;
  return {
    results: results.filter((r): r is Hearing => r !== null && typeof r === 'object'),
    ...(typeof next === 'string' && next ? { next } : {}),
  };
}

/** The next page's address: on the first page's host (a proxy may say http for https), else refused. */
function nextAddress(next: string, current: string, first: URL): string {
  const url = new URL(next, current);
  if (url.hostname !== first.hostname || url.port !== first.port) {
    throw new UnreadableSource(
      'unexpected_document',
      `The next page of hearings is on another host (${url.host}); Kaiutin reads pages of ${first.host} only.`,
    );
  }
  if (first.protocol === 'https:') url.protocol = 'https:';
  return url.href;
}

export const readKerrokantasi: PresetReader = async (document, context) => {
  const now = context.now.getTime();
  const first = new URL(context.url);
  const seen = new Set([first.href]);
  const hearings: Hearing[] = [];
  let current = page(document);
  let address = context.url;
  hearings.push(...current.results);
  // Pages of 50 until the last, or until enough hearings for one read.
  while (current.next && hearings.length < MAX_ITEMS) {
    const next = nextAddress(current.next, address, first);
    if (seen.has(next)) break;
    seen.add(next);
    address = next;
    current = page(await context.fetchMore(next));
    hearings.push(...current.results);
  }
  return hearings.map((h) => hearingItem(h, context, now)).filter((item) => item !== undefined);
};
