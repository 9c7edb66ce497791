import * as z from 'zod/mini';
import { languageCode } from '#shared/i18n/language-codes.ts';
import { normalisedName } from '#shared/membership/names.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { httpUrl, someChange, text } from '#shared/text.ts';
import { topics } from '#shared/topics.ts';
import {
  activityCategories,
  activityLevels,
  activityStatuses,
  areaKinds,
  targetGroups,
  trayLimits,
  weekdays,
} from './facts.ts';

export * from './facts.ts';

const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(64));

const unique = <T>(key: (value: T) => string) =>
  z.refine<T[]>((values) => new Set(values.map(key)).size === values.length, {
    message: 'Each one once.',
    params: { code: 'repeated' },
  });

/** `HH:MM`, 24-hour, Helsinki wall-clock time. */
const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time such as 17:00.'));
/** `YYYY-MM-DD`. */
const calendarDate = z.iso.date({ error: 'A date such as 2027-02-14.' });

export const area = z.object({ kind: z.enum(areaKinds), name: text(trayLimits.areaName) });
export type Area = z.output<typeof area>;

/** How an area is keyed in indexes and counts: kind and normalised name, so "Espoo" and "espoo " are one. */
export const areaKey = (a: Pick<Area, 'kind' | 'name'>) => `${a.kind}:${normalisedName(a.name)}`;

/** The activity's name and short description in one language. */
export const activityText = z.object({
  language: languageCode,
  name: text(trayLimits.name),
  description: text(trayLimits.description),
});
export type ActivityText = z.output<typeof activityText>;

/**
 * When it happens: every week on some days (from, until optional), or on listed dates. Times are
 * Helsinki wall-clock times; the end after the start.
 */
export const schedule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('weekly'),
    days: z.array(z.enum(weekdays)).check(z.minLength(1), z.maxLength(7), unique(String)),
    startTime: clockTime,
    endTime: clockTime,
    validFrom: z.optional(calendarDate),
    validTo: z.optional(calendarDate),
    note: z.optional(text(trayLimits.scheduleNote)),
  }),
  z.object({
    kind: z.literal('dates'),
    dates: z
      .array(z.object({ date: calendarDate, startTime: clockTime, endTime: clockTime }))
      .check(z.minLength(1), z.maxLength(trayLimits.dates)),
    note: z.optional(text(trayLimits.scheduleNote)),
  }),
]);
export type Schedule = z.output<typeof schedule>;

/** Where: an address, an online link, or both. */
export const place = z.object({
  address: z.optional(text(trayLimits.address)),
  postalCode: z.optional(z.string().check(z.regex(/^\d{5}$/, 'A Finnish postal code: five digits.'))),
  city: z.optional(text(trayLimits.areaName)),
  onlineUrl: z.optional(httpUrl),
});
export type Place = z.output<typeof place>;

export const cost = z.discriminatedUnion('free', [
  z.object({ free: z.literal(true) }),
  z.object({ free: z.literal(false), fee: text(trayLimits.fee) }),
]);
export type Cost = z.output<typeof cost>;

const activityFields = {
  texts: z.array(activityText).check(
    z.minLength(1),
    z.maxLength(trayLimits.texts),
    unique((t: ActivityText) => t.language),
  ),
  category: z.enum(activityCategories),
  level: z.enum(activityLevels),
  areas: z.array(area).check(
    z.minLength(1),
    z.maxLength(trayLimits.areas),
    unique((a: Area) => areaKey(a)),
  ),
  /** The languages it is run in. */
  languages: z.array(languageCode).check(z.minLength(1), z.maxLength(trayLimits.languages), unique(String)),
  targetGroups: z.array(z.enum(targetGroups)).check(z.minLength(1), unique(String)),
  topics: z._default(z.array(z.enum(topics)).check(z.maxLength(topics.length), unique(String)), []),
  schedule,
  place,
  cost,
  accessibility: z.optional(text(trayLimits.accessibility)),
  status: z._default(z.enum(activityStatuses), 'active'),
  /** A regional or local unit of the organisation that runs it. */
  unitId: z.optional(id),
};

/** What an organisation's representative sends to add an activity. */
export const activityInput = z.object({ organisationId: id, ...activityFields });
export type ActivityInput = z.output<typeof activityInput>;

/**
 * A change of an activity: only the fields sent (no defaults, so a change of one field leaves the
 * status and topics as they were), and the version the editor read: an edit of an older one is
 * refused, not applied over a newer change.
 */
export const activityChanges = z
  .object({
    ...z.partial(
      z.object({
        ...activityFields,
        topics: z.array(z.enum(topics)).check(z.maxLength(topics.length), unique(String)),
        status: z.enum(activityStatuses),
        /** `null` moves it from its unit to the organisation itself. */
        unitId: z.nullable(id),
      }),
    ).shape,
    version: z.int().check(z.gte(1)),
  })
  .check(z.refine((changes: object) => Object.keys(changes).some((key) => key !== 'version'), someChange[1]));
export type ActivityChanges = z.output<typeof activityChanges>;

/** An activity as stored and shown; contact goes through the organisation. */
export const activity = z.object({
  id: z.string(),
  organisationId: z.string(),
  unitId: z.optional(z.string()),
  texts: z.array(z.object({ language: z.string(), name: z.string(), description: z.string() })),
  category: z.enum(activityCategories),
  level: z.enum(activityLevels),
  areas: z.array(z.object({ kind: z.enum(areaKinds), name: z.string() })),
  languages: z.array(z.string()),
  targetGroups: z.array(z.enum(targetGroups)),
  topics: z.array(z.enum(topics)),
  schedule: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('weekly'),
      days: z.array(z.enum(weekdays)),
      startTime: z.string(),
      endTime: z.string(),
      validFrom: z.optional(z.string()),
      validTo: z.optional(z.string()),
      note: z.optional(z.string()),
    }),
    z.object({
      kind: z.literal('dates'),
      dates: z.array(z.object({ date: z.string(), startTime: z.string(), endTime: z.string() })),
      note: z.optional(z.string()),
    }),
  ]),
  place: z.object({
    address: z.optional(z.string()),
    postalCode: z.optional(z.string()),
    city: z.optional(z.string()),
    onlineUrl: z.optional(z.string()),
  }),
  cost: z.discriminatedUnion('free', [
    z.object({ free: z.literal(true) }),
    z.object({ free: z.literal(false), fee: z.string() }),
  ]),
  accessibility: z.optional(z.string()),
  status: z.enum(activityStatuses),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Conditional writes compare it: an edit made on an old read is refused. */
  version: z.int(),
});
export type Activity = z.output<typeof activity>;
export const storedActivity = stored(activity);

/** A regional or local branch of an organisation: it runs activities under the organisation's name. */
export const unitInput = z.object({
  name: text(trayLimits.unitName),
  level: z.enum(['regional', 'local']),
  areas: z.array(area).check(
    z.minLength(1),
    z.maxLength(trayLimits.areas),
    unique((a: Area) => areaKey(a)),
  ),
});
export const unitChanges = z.partial(unitInput).check(z.refine(...someChange));
export const unit = z.object({
  id: z.string(),
  organisationId: z.string(),
  name: z.string(),
  level: z.enum(['regional', 'local']),
  areas: z.array(z.object({ kind: z.enum(areaKinds), name: z.string() })),
  createdAt: z.string(),
});
export type Unit = z.output<typeof unit>;
export const storedUnit = stored(unit);

/** A material of the material bank: a link an organisation shares, searchable by language and topic. */
export const materialInput = z.object({
  organisationId: id,
  title: text(trayLimits.materialTitle),
  description: z.optional(text(trayLimits.materialDescription)),
  languages: z.array(languageCode).check(z.minLength(1), z.maxLength(trayLimits.languages), unique(String)),
  topics: z._default(z.array(z.enum(topics)).check(z.maxLength(topics.length), unique(String)), []),
  url: httpUrl,
});
/** Only the fields sent: no default, so a change of the title leaves the topics as they were. */
export const materialChanges = z
  .partial(
    z.extend(z.omit(materialInput, { organisationId: true }), {
      topics: z.array(z.enum(topics)).check(z.maxLength(topics.length), unique(String)),
    }),
  )
  .check(z.refine(...someChange));
export const material = z.object({
  id: z.string(),
  organisationId: z.string(),
  title: z.string(),
  description: z.optional(z.string()),
  languages: z.array(z.string()),
  topics: z.array(z.enum(topics)),
  url: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Material = z.output<typeof material>;
export const storedMaterial = stored(material);
