import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import type { Organisation } from '#shared/membership/organisation.ts';
import { topics } from '#shared/topics.ts';
import type { Activity, ActivityStatus, Schedule } from './activity.ts';
import { activityCategories, activityLevels, targetGroups } from './facts.ts';

/**
 * The tray in Open Referral's Human Services Data Specification (HSDS) 3.0: an organisation is an
 * `organization`, an activity a `service`, with its languages, schedules, service areas, locations
 * (through `service_at_locations`), cost options, and its category, level, target groups and topics
 * as `attributes` with taxonomy terms. The schemas below describe exactly what the export holds (a
 * subset of HSDS's fields); `test/support/hsds.ts` checks it against the specification's own JSON
 * schemas. README.md here has the field table.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The namespace of Kaiutin's name-based ids (a UUID v5 of the DNS namespace and `kaiutin.fi`). */
const NAMESPACE = 'kaiutin.fi';

/**
 * HSDS wants a UUID in every `id`. The ids Kaiutin gives out are random UUIDs and stay as they are;
 * any other (a demo seed's readable id), and the parts HSDS names that Kaiutin does not (a schedule,
 * a language of a service), get a name-based UUID in the shape of RFC 4122's version 5 (SHA-1 of a
 * namespace and the name): the same input gives the same id in every export.
 */
export function hsdsId(...name: string[]): string {
  const [only] = name;
  if (name.length === 1 && only && UUID.test(only)) return only.toLowerCase();
  const bytes = createHash('sha1')
    .update(`${NAMESPACE}:${name.join(':')}`)
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** HSDS's service statuses: a paused activity is temporarily closed, an ended one defunct (it will not return). */
export const hsdsStatuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
const statusOf: Record<ActivityStatus, (typeof hsdsStatuses)[number]> = {
  active: 'active',
  paused: 'temporarily closed',
  ended: 'defunct',
};

/** The taxonomies of the export's attributes, each term's code one of Kaiutin's vocabulary. */
export const hsdsTaxonomies = {
  category: {
    name: 'kaiutin-tray-category',
    description:
      'What an activity mainly offers immigrants: support, opportunities to take part, or recruitment into the organisation’s core activity.',
    terms: activityCategories,
  },
  level: {
    name: 'kaiutin-tray-level',
    description: 'The level of the organisation that runs the activity: national, regional or local.',
    terms: activityLevels,
  },
  targetGroup: {
    name: 'kaiutin-target-group',
    description: 'Whom the activity is for.',
    terms: targetGroups,
  },
  topic: {
    name: 'kaiutin-topic',
    description: 'The topics Kaiutin’s consultations, organisations and activities share.',
    terms: topics,
  },
} as const;
type TaxonomyName = keyof typeof hsdsTaxonomies;

/** The terms' names and descriptions, in English (the taxonomies' published language, `language: en`). */
const termTexts: Record<string, [string, string]> = {
  support: [
    'Support',
    'Activities that mainly offer immigrants support: language clubs, friendship, groups.',
  ],
  participation: [
    'Participation',
    'Opportunities to take part: international clubs, peer activity, activities planned together.',
  ],
  recruitment: [
    'Recruitment into core activity',
    'Recruiting immigrants into the organisation’s core activity: sport, crafts, volunteering, leading groups.',
  ],
  national: ['National', 'Run by the national organisation.'],
  regional: ['Regional', 'Run by a regional unit.'],
  local: ['Local', 'Run by a local unit or association.'],
  children: ['Children', 'For children.'],
  'young-people': ['Young people', 'For young people.'],
  women: ['Women', 'For women.'],
  men: ['Men', 'For men.'],
  families: ['Families', 'For families.'],
  seniors: ['Seniors', 'For older people.'],
  everyone: ['Everyone', 'For everyone.'],
  employment: ['Employment', 'Work and employment.'],
  education: ['Education', 'Education and learning.'],
  'early-childhood': ['Early childhood education', 'Early childhood education and care.'],
  housing: ['Housing', 'Housing.'],
  'health-social': ['Health and social services', 'Health and social services.'],
  'integration-services': ['Integration services', 'Integration services.'],
  'culture-leisure': ['Culture and leisure', 'Culture, sport and leisure.'],
  safety: ['Safety', 'Safety and security.'],
  transport: ['Transport', 'Transport.'],
  environment: ['Environment', 'Environment.'],
  democracy: ['Democracy and participation', 'Democracy and civic participation.'],
  other: ['Other', 'Other topics.'],
};

const taxonomyTerm = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  taxonomy: z.string(),
  language: z.string(),
});

const attribute = z.object({
  id: z.string(),
  link_id: z.string(),
  link_type: z.string(),
  link_entity: z.string(),
  taxonomy_term_id: z.string(),
  taxonomy_term: taxonomyTerm,
});

const language = z.object({
  id: z.string(),
  service_id: z.string(),
  code: z.string(),
  name: z.optional(z.string()),
});

const schedule = z.object({
  id: z.string(),
  service_id: z.string(),
  freq: z.optional(z.enum(['WEEKLY'])),
  byday: z.optional(z.string()),
  dtstart: z.string(),
  until: z.optional(z.string()),
  valid_from: z.string(),
  valid_to: z.optional(z.string()),
  opens_at: z.string(),
  closes_at: z.string(),
  timezone: z.number(),
  description: z.string(),
  notes: z.optional(z.string()),
});

const serviceArea = z.object({
  id: z.string(),
  service_id: z.string(),
  name: z.string(),
  description: z.string(),
});

const address = z.object({
  id: z.string(),
  location_id: z.string(),
  address_1: z.string(),
  city: z.string(),
  state_province: z.string(),
  postal_code: z.string(),
  country: z.string(),
  address_type: z.literal('physical'),
});

const location = z.object({
  id: z.string(),
  location_type: z.enum(['physical', 'virtual']),
  organization_id: z.string(),
  name: z.string(),
  url: z.optional(z.string()),
  addresses: z.optional(z.array(address)),
  accessibility: z.optional(
    z.array(z.object({ id: z.string(), location_id: z.string(), description: z.string() })),
  ),
});

const serviceAtLocation = z.object({
  id: z.string(),
  service_id: z.string(),
  location_id: z.string(),
  location,
});

const costOption = z.object({
  id: z.string(),
  service_id: z.string(),
  currency: z.optional(z.string()),
  amount: z.optional(z.number()),
  amount_description: z.optional(z.string()),
});

export const hsdsOrganization = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  uri: z.string(),
  organization_identifiers: z.array(
    z.object({
      id: z.string(),
      organization_id: z.string(),
      identifier_scheme: z.string(),
      identifier_type: z.string(),
      identifier: z.string(),
    }),
  ),
});
export type HsdsOrganization = z.output<typeof hsdsOrganization>;

export const hsdsService = z.object({
  id: z.string(),
  organization_id: z.string(),
  name: z.string(),
  description: z.string(),
  url: z.string(),
  status: z.enum(hsdsStatuses),
  fees_description: z.optional(z.string()),
  last_modified: z.string(),
  organization: z.optional(hsdsOrganization),
  languages: z.array(language),
  schedules: z.array(schedule),
  service_areas: z.array(serviceArea),
  service_at_locations: z.array(serviceAtLocation),
  cost_options: z.array(costOption),
  attributes: z.array(attribute),
});
export type HsdsService = z.output<typeof hsdsService>;

/** Where the export points readers: Kaiutin's own pages. */
export interface HsdsContext {
  publicBaseUrl: string;
  /** The language the texts are chosen in, when the activity is described in it. */
  language: string;
}

/** Where the web app shows one activity. */
export const ACTIVITY_PAGE = '/activities/';

/** Finland's business ID register, as org-id.guide names it. */
const BUSINESS_ID_SCHEME = 'FI-PRO';

export function toHsdsOrganization(org: Organisation, { publicBaseUrl }: Pick<HsdsContext, 'publicBaseUrl'>) {
  const id = hsdsId(org.id);
  return {
    id,
    name: org.name,
    description: org.description,
    uri: `${publicBaseUrl}/organisations/${encodeURIComponent(org.id)}`,
    organization_identifiers: org.businessId
      ? [
          {
            id: hsdsId('organization_identifier', org.id),
            organization_id: id,
            identifier_scheme: BUSINESS_ID_SCHEME,
            identifier_type: 'Y-tunnus (Finnish business ID)',
            identifier: org.businessId,
          },
        ]
      : [],
  } satisfies HsdsOrganization;
}

/** The text in the reader's language, else Finnish, else the first one. */
function textIn(activity: Activity, language: string) {
  return (
    activity.texts.find((t) => t.language === language) ??
    activity.texts.find((t) => t.language === 'fi') ??
    activity.texts[0] ?? { language, name: activity.id, description: '' }
  );
}

const HELSINKI = 'Europe/Helsinki';
const offsetFormat = new Intl.DateTimeFormat('en', { timeZone: HELSINKI, timeZoneName: 'longOffset' });

/** Helsinki's offset from UTC on a day (`+02:00` in winter, `+03:00` in summer), taken at its noon. */
export function helsinkiOffset(date: string): string {
  const name = offsetFormat
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  return name?.replace('GMT', '') || '+00:00';
}

/** An offset such as `+03:00` in hours, HSDS's `timezone`. */
function hours(offset: string): number {
  const [, sign, h, m] = /^([+-])(\d\d):(\d\d)$/.exec(offset) ?? [];
  return (sign === '-' ? -1 : 1) * (Number(h ?? 0) + Number(m ?? 0) / 60);
}

/** HSDS times are RFC 3339 full times with their offset: `17:00` on a summer day is `17:00:00+03:00`. */
const timeAt = (time: string, offset: string) => `${time}:00${offset}`;

const TIME_NOTE = 'Times are Helsinki local time (Europe/Helsinki).';

/**
 * When it happens, as HSDS schedules. A weekly one is `freq: WEEKLY` on its `byday` days; its times
 * carry Helsinki's offset on its first day (from `validFrom`, or the export's day), since HSDS has a
 * fixed offset, not a zone: the description says the times are Helsinki's wall clock all year.
 * Listed dates are one schedule each, valid on that day only.
 */
export function toHsdsSchedules(serviceId: string, activityId: string, s: Schedule, today: string) {
  if (s.kind === 'weekly') {
    const start = s.validFrom ?? today;
    const offset = helsinkiOffset(start);
    return [
      {
        id: hsdsId('schedule', activityId),
        service_id: serviceId,
        freq: 'WEEKLY' as const,
        byday: s.days.join(','),
        dtstart: start,
        ...(s.validTo ? { until: s.validTo } : {}),
        valid_from: start,
        ...(s.validTo ? { valid_to: s.validTo } : {}),
        opens_at: timeAt(s.startTime, offset),
        closes_at: timeAt(s.endTime, offset),
        timezone: hours(offset),
        description: `Every week on ${s.days.join(', ')}, ${s.startTime}–${s.endTime}. ${TIME_NOTE}`,
        ...(s.note ? { notes: s.note } : {}),
      },
    ];
  }
  return s.dates.map((d) => {
    const offset = helsinkiOffset(d.date);
    return {
      id: hsdsId('schedule', activityId, d.date, d.startTime),
      service_id: serviceId,
      dtstart: d.date,
      valid_from: d.date,
      valid_to: d.date,
      opens_at: timeAt(d.startTime, offset),
      closes_at: timeAt(d.endTime, offset),
      timezone: hours(offset),
      description: `On ${d.date}, ${d.startTime}–${d.endTime}. ${TIME_NOTE}`,
      ...(s.note ? { notes: s.note } : {}),
    };
  });
}

function attributesOf(serviceId: string, a: Activity) {
  const terms: [TaxonomyName, string][] = [
    ['category', a.category],
    ['level', a.level],
    ...a.targetGroups.map((group): [TaxonomyName, string] => ['targetGroup', group]),
    ...a.topics.map((topic): [TaxonomyName, string] => ['topic', topic]),
  ];
  return terms.map(([taxonomy, code]) => {
    const termId = hsdsId('taxonomy_term', hsdsTaxonomies[taxonomy].name, code);
    const [name, description] = termTexts[code] ?? [code, code];
    return {
      id: hsdsId('attribute', a.id, taxonomy, code),
      link_id: serviceId,
      link_type: hsdsTaxonomies[taxonomy].name,
      link_entity: 'service',
      taxonomy_term_id: termId,
      taxonomy_term: {
        id: termId,
        code,
        name,
        description,
        taxonomy: hsdsTaxonomies[taxonomy].name,
        language: 'en',
      },
    };
  });
}

/**
 * Where it happens. An address is a physical location; HSDS's address needs a city, postal code and
 * state or province, so it is given only with a postal code, the city (or the activity's first
 * municipality) and, since Finnish addresses have no province, the region the activity covers or the
 * city again. An online link is a virtual location.
 */
function locationsOf(serviceId: string, organizationId: string, a: Activity) {
  const { address: street, postalCode, onlineUrl } = a.place;
  const city = a.place.city ?? a.areas.find((area) => area.kind === 'municipality')?.name;
  const region = a.areas.find((area) => area.kind === 'region')?.name;
  const accessibility = (locationId: string) =>
    a.accessibility
      ? {
          accessibility: [
            { id: hsdsId('accessibility', a.id), location_id: locationId, description: a.accessibility },
          ],
        }
      : {};
  const located = [];
  if (street) {
    const id = hsdsId('location', a.id, 'physical');
    located.push({
      id,
      location_type: 'physical' as const,
      organization_id: organizationId,
      name: [street, city].filter(Boolean).join(', '),
      ...(postalCode && city
        ? {
            addresses: [
              {
                id: hsdsId('address', a.id),
                location_id: id,
                address_1: street,
                city,
                state_province: region ?? city,
                postal_code: postalCode,
                country: 'FI',
                address_type: 'physical' as const,
              },
            ],
          }
        : {}),
      ...accessibility(id),
    });
  }
  if (onlineUrl) {
    const id = hsdsId('location', a.id, 'virtual');
    located.push({
      id,
      location_type: 'virtual' as const,
      organization_id: organizationId,
      name: 'Online',
      url: onlineUrl,
      ...(street ? {} : accessibility(id)),
    });
  }
  return located.map((loc) => ({
    id: hsdsId('service_at_location', a.id, loc.location_type),
    service_id: serviceId,
    location_id: loc.id,
    location: loc,
  }));
}

const languageNames = new Map<string, Intl.DisplayNames>();
function languageName(code: string, readerLanguage: string): string | undefined {
  try {
    if (!languageNames.has(readerLanguage))
      languageNames.set(readerLanguage, new Intl.DisplayNames([readerLanguage, 'en'], { type: 'language' }));
    const name = languageNames.get(readerLanguage)?.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** An activity as an HSDS service, its texts in the reader's language where it has them. */
export function toHsdsService(
  a: Activity,
  org: Organisation | undefined,
  context: HsdsContext,
  now: Date,
): HsdsService {
  const id = hsdsId(a.id);
  const organizationId = hsdsId(a.organisationId);
  const text = textIn(a, context.language);
  const today = now.toISOString().slice(0, 10);
  return {
    id,
    organization_id: organizationId,
    name: text.name,
    description: text.description,
    url: `${context.publicBaseUrl}${ACTIVITY_PAGE}${encodeURIComponent(a.id)}`,
    status: statusOf[a.status],
    ...(a.cost.free ? {} : { fees_description: a.cost.fee }),
    last_modified: a.updatedAt,
    ...(org ? { organization: toHsdsOrganization(org, context) } : {}),
    languages: a.languages.map((code) => {
      const name = languageName(code, context.language);
      return { id: hsdsId('language', a.id, code), service_id: id, code, ...(name ? { name } : {}) };
    }),
    schedules: toHsdsSchedules(id, a.id, a.schedule, today),
    service_areas: a.areas.map((area) => ({
      id: hsdsId('service_area', a.id, area.kind, area.name),
      service_id: id,
      name: area.name,
      description: area.kind,
    })),
    service_at_locations: locationsOf(id, organizationId, a),
    cost_options: [
      a.cost.free
        ? {
            id: hsdsId('cost_option', a.id),
            service_id: id,
            currency: 'EUR',
            amount: 0,
            amount_description: 'Free',
          }
        : { id: hsdsId('cost_option', a.id), service_id: id, amount_description: a.cost.fee },
    ],
    attributes: attributesOf(id, a),
  };
}

/** HSDS's `Page` with its `contents`: page numbers from 1. */
export function hsdsPage<T>(contents: T[], totalItems: number, pageNumber: number, perPage: number) {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

export const hsdsPageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    total_items: z.int(),
    total_pages: z.int(),
    page_number: z.int(),
    size: z.int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  });
