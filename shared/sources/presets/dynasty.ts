import { readItems, UnreadableSource } from '../read-items.ts';
import type { SourceItem } from '../source.ts';
import type { PresetReader } from './reader.ts';

/**
 * Dynasty's RSS (`DREQUEST.PHP?page=rss/meetingitems`, `rss/meetings`, `rss/official_decisions`):
 * every title is "<Body> DD.MM.YYYY / <Matter>" (a meeting, without the matter), the description
 * repeats it, and there is neither guid nor pubDate. The feed is read by the RSS reader (so the
 * same well-formedness, entity and HTML rules apply); the charset was decoded when fetched.
 */
const titleForm = /^(.+?)\s+(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*\/\s*(.*))?$/s;

const normal = (text: string) =>
  text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/[\s.]+$/, '')
    .toLocaleLowerCase('fi');

function dynastyItem(read: SourceItem): SourceItem | undefined {
  const match = titleForm.exec(read.title.trim());
  if (!match) return undefined;
  const [, body = '', day = '', month = '', year = '', rest] = match;
  const organ = body.trim();
  const decisionDate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  // Date.parse takes 31.2. for 3.3.; a date is one only if it is the day it says.
  if (
    new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).toISOString().slice(0, 10) !==
    decisionDate
  )
    return undefined;
  const matter = rest?.trim();
  // The same matter gets a new item id at each meeting that handles it: it is the body and the matter.
  const externalId = matter
    ? `dynasty:${normal(organ)}/${normal(matter)}`
    : `dynasty:${normal(organ)}@${decisionDate}`;
  const title = matter ? `${organ}: ${matter}` : read.title.trim();
  // The description repeats the title (or the matter); only a text that says more is a summary.
  const repeats = [read.title, matter ?? '', title].map(normal);
  const summary = read.summary && !repeats.includes(normal(read.summary)) ? read.summary : undefined;
  return {
    externalId,
    title,
    ...(read.url ? { url: read.url } : {}),
    ...(summary ? { summary } : {}),
    decisionDate,
    organ,
  };
}

export const readDynasty: PresetReader = async (document) => {
  const read = readItems('rss', document);
  const parsed = read.map(dynastyItem);
  if (read.length > 0 && parsed.every((item) => item === undefined)) {
    throw new UnreadableSource(
      'unexpected_document',
      'The feed is not a Dynasty feed: no item title has the form "<Body> DD.MM.YYYY / <Matter>".',
    );
  }
  // A matter on the agenda of two meetings in one feed is the one item of its latest handling.
  const latest = new Map<string, SourceItem>();
  // An item of another form is kept as the feed gives it, known by its link.
  for (const item of parsed.map((entry, i) => entry ?? (read[i] as SourceItem))) {
    const known = latest.get(item.externalId);
    if (!known || (known.decisionDate ?? '') < (item.decisionDate ?? '')) latest.set(item.externalId, item);
  }
  return [...latest.values()];
};
