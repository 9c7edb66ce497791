import { isLanguage, type Language } from '#shared/i18n/languages.ts';
import { httpAddress, parseJson, plainText, UnreadableSource } from '../read-items.ts';
import type { SourceItem } from '../source.ts';
import { finnishDate, finnishInstant, finnishTime, finnishWall, pad } from './finnish-time.ts';
import type { PresetReader, ReadContext } from './reader.ts';

/**
 * Helsinki's Ahjo, in the two shapes it publishes meetings in:
 * - paatokset.hel.fi's public `/{fi|sv|en}/ahjo_api/meetings` (`{"data": […]}`, or grouped by day as
 *   `{"data": {"2026-03-30": […]}}`): each meeting is an upcoming decision; the other languages'
 *   versions of the same address are its translations;
 * - the Ahjo REST API's meetings (`{"meetings": […]}`, a list, or one meeting): each agenda item
 *   with a case id is an upcoming decision, one per case whichever meeting or language lists it.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const textOf = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';

/** Ahjo REST's DateMeeting: Helsinki local time with no offset ("2026-03-30T16:00:00.000"); an offset is honoured. */
function meetingInstant(value: unknown): number | undefined {
  const at = finnishTime(textOf(value));
  return at === undefined ? undefined : Date.parse(at);
}

const when = (ms: number) => ({ decisionDate: finnishDate(ms), meetingAt: new Date(ms).toISOString() });

// ---- paatokset.hel.fi: /{lang}/ahjo_api/meetings

const languageSegment = /\/(fi|sv|en)(?=\/ahjo_api\/)/;

/** `meeting_date` (unix seconds) on the Helsinki day it falls on, at `start_time` there when given. */
function publicMeetingInstant(meeting: Json): number | undefined {
  const seconds = Number(textOf(meeting.meeting_date));
  if (!textOf(meeting.meeting_date) || !Number.isFinite(seconds)) return undefined;
  const start = /^(\d{1,2}):(\d{2})$/.exec(textOf(meeting.start_time));
  if (!start) return seconds * 1000;
  const { year, month, day } = finnishWall(seconds * 1000);
  return finnishInstant(year, month, day, Number(start[1]), Number(start[2])).getTime();
}

/**
 * What stays the meeting when it is moved: its body and its original time (`orig_time`, "d.m. H:i",
 * in the year nearest the meeting), so the moved meeting is the same item with a new date.
 */
function meetingKey(meeting: Json, at: number) {
  const body = textOf(meeting.policymaker) || textOf(meeting.policymaker_name) || textOf(meeting.title);
  const w = finnishWall(at);
  let key = `${finnishDate(at)}T${pad(w.hour)}:${pad(w.minute)}`;
  const original = /^(\d{1,2})\.(\d{1,2})\.\s*(\d{1,2}):(\d{2})$/.exec(textOf(meeting.orig_time));
  if (meeting.meeting_moved === true && original) {
    const [, d, mo, h, mi] = original.map(Number) as [number, number, number, number, number];
    const year = [w.year - 1, w.year, w.year + 1].reduce((best, y) =>
      Math.abs(Date.UTC(y, mo - 1, d) - at) < Math.abs(Date.UTC(best, mo - 1, d) - at) ? y : best,
    );
    key = `${year}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
  }
  return `ahjo:meeting:${body.toLocaleLowerCase('fi')}@${key}`;
}

function publicMeetings(data: unknown): Json[] {
  const list = Array.isArray(data) ? data : isObject(data) ? Object.values(data).flat() : [];
  return list.filter(isObject);
}

function publicItem(meeting: Json, language: Language): SourceItem | undefined {
  const at = publicMeetingInstant(meeting);
  const organ = textOf(meeting.policymaker_name);
  const name = textOf(meeting.title) || organ;
  if (at === undefined || !name) return undefined;
  const { decisionDate, meetingAt } = when(at);
  const [y, m, d] = decisionDate.split('-').map(Number);
  const url =
    httpAddress(meeting.motions_list_link) ??
    httpAddress(meeting.decision_link) ??
    httpAddress(meeting.minutes_link);
  const cancelled = meeting.meeting_cancelled === true || textOf(meeting.status).toLowerCase() === 'peruttu';
  return {
    externalId: meetingKey(meeting, at),
    title: `${plainText(name)} ${d}.${m}.${y}`,
    ...(url ? { url } : {}),
    language,
    decisionDate,
    meetingAt,
    ...(organ ? { organ } : {}),
    ...(cancelled ? { cancelled } : {}),
  };
}

async function readPublic(data: unknown, context: ReadContext): Promise<SourceItem[]> {
  const segment = languageSegment.exec(new URL(context.url).pathname)?.[1];
  const language: Language = isLanguage(segment) ? segment : context.language;
  const items = publicMeetings(data)
    .map((meeting) => publicItem(meeting, language))
    .filter((item) => item !== undefined);
  if (!segment) return items;
  const byId = new Map(items.map((item) => [item.externalId, item]));
  for (const other of (['fi', 'sv', 'en'] as const).filter((l) => l !== segment)) {
    const url = new URL(context.url);
    url.pathname = url.pathname.replace(languageSegment, `/${other}`);
    let parsed: unknown;
    try {
      parsed = parseJson(await context.fetchMore(url.href));
    } catch (error) {
      // A language version that fails or is not JSON is left out; the poll limit is not.
      if (error instanceof UnreadableSource && error.code === 'too_many_documents') throw error;
      continue;
    }
    for (const meeting of isObject(parsed) ? publicMeetings(parsed.data) : []) {
      const translated = publicItem(meeting, other);
      const item = translated && byId.get(translated.externalId);
      if (item) item.translations = { ...item.translations, [other]: { title: translated.title } };
    }
  }
  return items;
}

// ---- Ahjo REST: meetings with Agenda[]

/** "HEL 2025-001216", "hel-2025-001216" and "HEL-2025-001216" are one case. */
const caseKey = (label: string) =>
  label
    .trim()
    .toUpperCase()
    .replace(/[\s_-]+/g, '-');

const casePage = { fi: 'fi/asia', sv: 'sv/arende', en: 'en/case' } as const;

const isRestMeeting = (value: unknown): value is Json =>
  isObject(value) && 'MeetingID' in value && ('DateMeeting' in value || 'Agenda' in value);

/** The language of a REST record: its own field, else the `apireqlang` its links were asked in. */
function recordLanguage(record: Json, fallback: Language): Language {
  const pdf = isObject(record.PDF) ? record.PDF : {};
  const stated = textOf(pdf.Language) || textOf(record.Language);
  if (isLanguage(stated)) return stated;
  for (const link of Array.isArray(record.links) ? record.links : []) {
    const asked = /[?&]apireqlang=(\w+)/.exec(isObject(link) ? textOf(link.href) : '')?.[1];
    if (isLanguage(asked)) return asked;
  }
  return fallback;
}

const cancelledStatus = /^(peruttu|peruutettu|inställt|inhiberat|cancelled)$/i;

interface Handling {
  key: string;
  at: number | undefined;
  cancelled: boolean;
  language: Language;
  text: { title: string; summary?: string };
  organ: string;
}

function restHandlings(meetings: Json[], fallback: Language): Handling[] {
  return meetings.flatMap((meeting) => {
    const at = meetingInstant(meeting.DateMeeting);
    const cancelled = cancelledStatus.test(textOf(meeting.Status));
    const meetingLanguage = recordLanguage(meeting, fallback);
    const organ = textOf(meeting.DecisionMaker);
    return (Array.isArray(meeting.Agenda) ? meeting.Agenda : []).filter(isObject).flatMap((entry) => {
      const label = textOf(entry.CaseIDLabel);
      const title = plainText(textOf(entry.AgendaItem));
      // Items without a case (opening the meeting, choosing who checks the minutes) are no matter to influence.
      if (!label || !title) return [];
      const summary = plainText(textOf(entry.HTML) || textOf(entry.Html));
      return [
        {
          key: caseKey(label),
          at,
          cancelled,
          language: recordLanguage(entry, meetingLanguage),
          text: { title, ...(summary ? { summary } : {}) },
          organ,
        },
      ];
    });
  });
}

/** The handling that decides: one that is still on, the latest. */
const decisive = (a: Handling, b: Handling) =>
  a.cancelled !== b.cancelled ? (a.cancelled ? b : a) : (b.at ?? 0) > (a.at ?? 0) ? b : a;

function readRest(meetings: Json[], context: ReadContext): SourceItem[] {
  const byCase = new Map<string, Map<Language, Handling>>();
  for (const handling of restHandlings(meetings, context.language)) {
    const versions = byCase.get(handling.key) ?? new Map<Language, Handling>();
    const known = versions.get(handling.language);
    versions.set(handling.language, known ? decisive(known, handling) : handling);
    byCase.set(handling.key, versions);
  }
  return [...byCase.entries()].map(([key, versions]) => {
    const original =
      versions.get(context.language) ?? versions.get('fi') ?? ([...versions.values()][0] as Handling);
    const translations = Object.fromEntries(
      [...versions.values()].filter((v) => v !== original).map((v) => [v.language, v.text]),
    );
    const page = casePage[original.language as keyof typeof casePage] ?? casePage.fi;
    return {
      externalId: `ahjo:case:${key}`,
      ...original.text,
      url: `https://paatokset.hel.fi/${page}/${encodeURIComponent(key.toLowerCase())}`,
      language: original.language,
      ...(Object.keys(translations).length > 0 ? { translations } : {}),
      ...(original.at !== undefined ? when(original.at) : {}),
      ...(original.organ ? { organ: original.organ } : {}),
      ...(original.cancelled ? { cancelled: true } : {}),
    };
  });
}

export const readAhjo: PresetReader = async (document, context) => {
  const parsed = parseJson(document);
  if (isObject(parsed) && 'data' in parsed) return readPublic(parsed.data, context);
  const listed = isObject(parsed) && Array.isArray(parsed.meetings);
  const list: unknown[] = listed ? (parsed.meetings as unknown[]) : [parsed].flat();
  const meetings = list.filter(isRestMeeting);
  if (meetings.length !== list.length || (!listed && meetings.length === 0)) {
    throw new UnreadableSource(
      'unexpected_document',
      'The document is not an Ahjo meetings list: neither {"data": […]} of paatokset.hel.fi nor meetings with MeetingID, DateMeeting and Agenda.',
    );
  }
  return readRest(meetings, context);
};
