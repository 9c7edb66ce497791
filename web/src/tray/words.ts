import type * as z from 'zod/mini';
import type { coverage, trayEntryView } from '#shared/api/routes/tray.ts';
import type { MessageKey, Translate } from '#shared/i18n/format.ts';
import type { Activity } from '#shared/tray/activity.ts';
import {
  type ActivityCategory,
  type ActivityLevel,
  type ActivityStatus,
  type TargetGroup,
  type Weekday,
  weekdays,
} from '#shared/tray/facts.ts';
import type { Me } from '../types.ts';

/** A card of the public tray, and the coverage picture, as the API answers them. */
export type TrayEntry = z.output<typeof trayEntryView>;
export type Coverage = z.output<typeof coverage>;
/** An activity's public page: the activity with its organisation's (and unit's) name. */
export type ActivityView = Activity & {
  organisationName: string;
  organisationListed: boolean;
  unitName?: string;
  canManage: boolean;
};

/**
 * Who keeps an organisation's tray (its activities, units and materials): its representatives and
 * the coordinator, as the server's `mayManageTray` says.
 */
export const keepsTray = (me: Me | null | undefined, organisationId: string) =>
  Boolean(me && (me.coordinator || me.organisations.some((o) => o.id === organisationId)));

export const categoryKey = (category: ActivityCategory): MessageKey => `publicTray.category.${category}`;
export const categoryHintKey = (category: ActivityCategory): MessageKey =>
  `publicTray.categoryHint.${category}`;
export const targetGroupKey = (group: TargetGroup): MessageKey => `publicTray.targetGroup.${group}`;
export const statusKey = (status: ActivityStatus): MessageKey => `publicTray.status.${status}`;
export const levelKey = (level: ActivityLevel): MessageKey => `publicTray.level.${level}`;

/** The text in the reader's language if there is one, else the first: with its language, to mark it. */
export function textIn<T extends { language: string }>(texts: T[], language: string): T | undefined {
  return texts.find((text) => text.language === language) ?? texts[0];
}

// 1 January 2024 was a Monday: the weekdays' names come from Intl, in the reader's language.
const MONDAY = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;

const weekdayName = (language: string, day: Weekday) =>
  new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(MONDAY + weekdays.indexOf(day) * DAY),
  );

/** `YYYY-MM-DD` as the reader's language writes a date. */
const calendarDate = (language: string, date: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

const listOf = (language: string, items: string[]) =>
  new Intl.ListFormat(language, { type: 'conjunction' }).format(items);

/**
 * A time range's ends as the catalogues' `{start}–{end}` takes them: isolated left to right (LRI …
 * PDI, as `<bdi dir="ltr">`, so right to left it still reads 16:00–18:00) and joined to the dash
 * (word joiners), so the range never breaks across lines.
 */
const range = (start: string, end: string) => ({ start: `\u2066${start}\u2060`, end: `\u2060${end}\u2069` });

/** When an activity happens, in words: each line a sentence (weekly days with times, or its dates). */
export function scheduleLines(t: Translate, language: string, schedule: Activity['schedule']): string[] {
  if (schedule.kind === 'weekly') {
    const days = listOf(
      language,
      [...schedule.days]
        .sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b))
        .map((day) => weekdayName(language, day)),
    );
    return [
      t('publicTray.schedule.weekly', { days, ...range(schedule.startTime, schedule.endTime) }),
      ...(schedule.validFrom
        ? [t('publicTray.schedule.from', { date: calendarDate(language, schedule.validFrom) })]
        : []),
      ...(schedule.validTo
        ? [t('publicTray.schedule.until', { date: calendarDate(language, schedule.validTo) })]
        : []),
    ];
  }
  return schedule.dates.map((one) =>
    t('publicTray.schedule.date', {
      date: calendarDate(language, one.date),
      ...range(one.startTime, one.endTime),
    }),
  );
}

/** Languages by name in the reader's language, as one list. */
export const languageList = (language: string, name: (code: string) => string, codes: string[]) =>
  listOf(language, codes.map(name));

/** Any words as one list in the reader's language ("A, B and C"): areas, target groups. */
export const listIn = (language: string, items: string[]) => listOf(language, items);
