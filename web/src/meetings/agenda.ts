import type { MessageKey } from '#shared/i18n/format.ts';
import { timeZone } from '#shared/i18n/languages.ts';
import type { AgendaKind, ChecklistItem } from '#shared/meetings/agenda.ts';
import { finnishInstant, finnishWall, pad } from '#shared/sources/presets/finnish-time.ts';

export { agendaKinds, checklistItems, nextHost, runningTimes } from '#shared/meetings/agenda.ts';

// Keyed by the model's own types, so a kind or an item added there fails to compile here.
export const kindKeys: Record<AgendaKind, MessageKey> = {
  'news-round': 'meeting.kind.news-round',
  presentation: 'meeting.kind.presentation',
  workshop: 'meeting.kind.workshop',
  discussion: 'meeting.kind.discussion',
  decision: 'meeting.kind.decision',
};
export const checklistKeys: Record<ChecklistItem, MessageKey> = {
  datePlace: 'meeting.checklist.datePlace',
  roomCoffee: 'meeting.checklist.roomCoffee',
  agenda: 'meeting.checklist.agenda',
  invitations: 'meeting.checklist.invitations',
};

/** A Helsinki date and time of day, as a date field and a time field hold them (`2031-03-12`, `09:30`). */
export function helsinkiFields(iso: string | undefined): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const w = finnishWall(Date.parse(iso));
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** The moment of a Helsinki date and time of day (whatever the browser's own zone), or undefined if either is missing. */
export function helsinkiInstant(date: string, time: string): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})/.exec(time);
  if (!d || !t) return undefined;
  const [year, month, day] = d.slice(1).map(Number) as [number, number, number];
  const [hour, minute] = t.slice(1).map(Number) as [number, number];
  return finnishInstant(year, month, day, hour, minute).toISOString();
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}${JSON.stringify(options)}`;
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(language, { timeZone, ...options }));
  return formats.get(key) as Intl.DateTimeFormat;
}

/** A meeting's date and times in Helsinki, as the language writes a range ("12. maaliskuuta 2031 klo 10.00–13.00"). */
export function meetingTime(language: string, startsAt: string, endsAt?: string): string {
  const f = format(language, { dateStyle: 'full', timeStyle: 'short' });
  return endsAt ? f.formatRange(new Date(startsAt), new Date(endsAt)) : f.format(new Date(startsAt));
}

/** An agenda item's clock times in Helsinki from the meeting's start ("10.00–10.20"). */
export function clockRange(language: string, startsAt: string, span: { from: number; to: number }): string {
  const start = Date.parse(startsAt);
  const minute = 60_000;
  return format(language, { hour: '2-digit', minute: '2-digit' }).formatRange(
    new Date(start + span.from * minute),
    new Date(start + span.to * minute),
  );
}
