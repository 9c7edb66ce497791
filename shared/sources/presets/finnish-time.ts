import { timeZone } from '#shared/i18n/languages.ts';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The wall clock in Finland at an instant, from the time-zone database (EET or EEST as the year goes). */
export function finnishWall(instant: number) {
  const local = parts.formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    Number(local.find((part) => part.type === type)?.value);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

/** Two digits, as dates and times are written. */
export const pad = (n: number) => String(n).padStart(2, '0');

/** The Finnish calendar date of an instant (YYYY-MM-DD). */
export function finnishDate(instant: number): string {
  const { year, month, day } = finnishWall(instant);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** How far Finnish local time is ahead of UTC at an instant, in milliseconds (2 or 3 hours). */
function offsetAt(instant: number): number {
  const w = finnishWall(instant);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant of a Finnish wall-clock time, by the time-zone database: +02:00 in winter, +03:00 in summer. */
export function finnishInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // The offset at the wall time read as UTC is off by the offset itself near a change; once more settles it.
  return new Date(wall - offsetAt(wall - offsetAt(wall)));
}

const isoLocal = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const withOffset = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const msDate = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;

/**
 * A time as decision systems write it, in UTC: an offset or Z is honoured; an ISO date or time
 * without one is Finnish local time (OData's Edm.DateTime, a Java LocalDate); `/Date(ms)/` is
 * milliseconds since the epoch. `endOfDay` makes a date alone (or midnight) the day's last second.
 */
export function finnishTime(value: unknown, options: { endOfDay?: boolean } = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const ms = msDate.exec(text);
  if (ms) return new Date(Number(ms[1])).toISOString();
  if (withOffset.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  const local = isoLocal.exec(text);
  if (!local) return undefined;
  const [year, month, day, hour, minute, second] = local.slice(1).map((n) => Number(n ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const midnight = hour === 0 && minute === 0 && second === 0;
  const instant =
    options.endOfDay && midnight
      ? finnishInstant(year, month, day, 23, 59, 59)
      : finnishInstant(year, month, day, hour, minute, second);
  return instant.toISOString();
}
