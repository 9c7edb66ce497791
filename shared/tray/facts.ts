/**
 * The integration tray's fixed vocabularies and limits, without zod: the web app imports them for
 * its forms and filters, and the zod models in `activity.ts` are built from them.
 */

/** What an activity mainly offers immigrants (the Red Cross tray's three groups). */
export const activityCategories = ['support', 'participation', 'recruitment'] as const;
export type ActivityCategory = (typeof activityCategories)[number];

export const activityLevels = ['national', 'regional', 'local'] as const;
export type ActivityLevel = (typeof activityLevels)[number];

export const targetGroups = [
  'children',
  'young-people',
  'women',
  'men',
  'families',
  'seniors',
  'everyone',
] as const;
export type TargetGroup = (typeof targetGroups)[number];

export const activityStatuses = ['active', 'paused', 'ended'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** An area an activity covers: a municipality, a wellbeing services county or region, or the whole country. */
export const areaKinds = ['municipality', 'region', 'country'] as const;
export type AreaKind = (typeof areaKinds)[number];

/** iCalendar's two-letter weekdays (RFC 5545 BYDAY), the schedule's and the HSDS export's vocabulary. */
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];

export const trayLimits = {
  name: 160,
  description: 2000,
  /** Texts of one activity: one per language it is described in. */
  texts: 8,
  /**
   * Areas and languages of one activity. The public tray's filter index writes an item per area,
   * per language and per area × language pair, in the same transaction as the activity: 5 × 5 keeps
   * a change of every area and language (old items deleted, new ones put) under DynamoDB's 100.
   */
  areas: 5,
  languages: 5,
  areaName: 80,
  dates: 20,
  scheduleNote: 300,
  address: 300,
  fee: 120,
  accessibility: 1000,
  unitName: 160,
  unitsPerOrganisation: 200,
  /** Activities not ended per organisation: what one organisation may put in the public tray and its counts. */
  activitiesPerOrganisation: 300,
  materialTitle: 200,
  materialDescription: 1000,
} as const;
