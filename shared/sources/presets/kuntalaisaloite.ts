import { httpAddress, parseJson, plainText, UnreadableSource } from '../read-items.ts';
import type { SourceItem } from '../source.ts';
import { finnishTime } from './finnish-time.ts';
import { type PresetReader, type ReadContext, textOf } from './reader.ts';

/**
 * Kuntalaisaloite.fi, residents' initiatives to their municipality: `/api/v1/initiatives` answers a
 * list of initiatives, each with `id` (the address of its details in the API), `name` (one text, in
 * the language its authors wrote), `url` `{fi, sv}` (its public page in either language),
 * `municipality` `{nameFi, nameSv}`, `publishDate` (YYYY-MM-DD), `collaborative`, `type` and
 * `sentTime` (null until the initiative is sent to the municipality); the details of one
 * (`/api/v1/initiatives/<id>`) add `proposal`.
 */

interface Initiative {
  id?: unknown;
  name?: unknown;
  proposal?: unknown;
  url?: { fi?: unknown; sv?: unknown } | null;
  municipality?: { nameFi?: unknown; nameSv?: unknown } | null;
  publishDate?: unknown;
  collaborative?: unknown;
  sentTime?: unknown;
}

/**
 * Open for support: it collects participants (`collaborative`) and has not been sent to the
 * municipality yet. One its authors send straight away, or one already sent, takes no supporters.
 */
const isOpenForSupport = (initiative: Initiative) =>
  initiative.collaborative === true && (initiative.sentTime === null || initiative.sentTime === undefined);

function initiativeItem(initiative: Initiative, context: ReadContext): SourceItem | undefined {
  const apiId = typeof initiative.id === 'number' ? String(initiative.id) : textOf(initiative.id);
  // The API writes the id as the address of the initiative's details; its number is what identifies it.
  const number = /(\d+)\/?$/.exec(apiId)?.[1] ?? apiId;
  const title = plainText(textOf(initiative.name));
  if (!number || !title || !isOpenForSupport(initiative)) return undefined;
  const swedish = context.language === 'sv';
  const page =
    httpAddress(swedish ? initiative.url?.sv : initiative.url?.fi) ??
    httpAddress(initiative.url?.fi) ??
    new URL(`/fi/aloite/${encodeURIComponent(number)}`, context.url).href;
  const summary = plainText(textOf(initiative.proposal));
  const municipality = textOf(swedish ? initiative.municipality?.nameSv : initiative.municipality?.nameFi);
  const publishedAt = finnishTime(textOf(initiative.publishDate));
  return {
    externalId: number,
    kind: 'initiative',
    title,
    ...(summary ? { summary } : {}),
    url: page,
    ...(publishedAt ? { publishedAt } : {}),
    ...(municipality ? { organ: municipality } : {}),
  };
}

export const readKuntalaisaloite: PresetReader = async (document, context) => {
  const parsed = parseJson(document);
  // The list is an array; the details of one initiative are an object of its own.
  const list: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
  const initiatives = list.filter(
    (entry): entry is Initiative =>
      entry !== null && typeof entry === 'object' && 'id' in entry && 'name' in entry,
  );
  if (initiatives.length < list.length) {
    throw new UnreadableSource(
      'unexpected_document',
      'The document is not a list of initiatives with "id" and "name"; give the address of /api/v1/initiatives.',
    );
  }
  return initiatives.map((i) => initiativeItem(i, context)).filter((item) => item !== undefined);
};
