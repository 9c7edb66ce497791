import * as z from 'zod/mini';
import type { Caller } from '#shared/auth/access.ts';
import { type FieldProblem, ValidationFailed } from '#shared/errors.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { httpUrl, isoDateTime, someChange, text } from '#shared/text.ts';
import { agendaKinds, checklistItems, meetingLimits } from './agenda.ts';

export {
  type AgendaKind,
  agendaKinds,
  type ChecklistItem,
  checklistItems,
  nextHost,
  runningTimes,
} from './agenda.ts';

/** draft → published (invitations sent, registration open) → closed (minutes published, next one agreed). */
export const meetingStatuses = ['draft', 'published', 'closed'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

const organisationId = z.string().check(z.trim(), z.minLength(1), z.maxLength(64));

/** A meeting series: the network's meetings, or a region's, with the organisations that take turns to host. */
export const seriesInput = z.object({
  name: text(meetingLimits.seriesName),
  description: z.optional(text(meetingLimits.seriesDescription)),
  /** Member organisations in the order they host. */
  rotation: z.array(organisationId).check(
    z.maxLength(meetingLimits.rotation),
    z.refine((ids) => new Set(ids).size === ids.length, {
      message: 'Each organisation once.',
      params: { code: 'repeated' },
    }),
  ),
});
export const seriesChanges = z.partial(seriesInput).check(z.refine(...someChange));

export const series = z.object({
  id: z.string(),
  name: z.string(),
  description: z.optional(z.string()),
  rotation: z.array(z.object({ organisationId: z.string(), name: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Series = z.output<typeof series>;
export const storedSeries = stored(series);

export const agendaItem = z.object({
  title: text(meetingLimits.agendaTitle),
  description: z.optional(text(meetingLimits.agendaDescription)),
  kind: z.enum(agendaKinds),
  minutes: z.int().check(z.gte(1), z.lte(meetingLimits.minutesPerItem)),
  presenter: z.optional(text(meetingLimits.presenter)),
  /** A consultation or a statement the item is about. */
  consultationId: z.optional(z.string().check(z.maxLength(64))),
  statementId: z.optional(z.string().check(z.maxLength(64))),
});
export type AgendaItem = z.output<typeof agendaItem>;

/** A start and end; the end after the start (checked by `checkTimes`). */
export const timeSpan = z.object({ startsAt: isoDateTime, endsAt: isoDateTime });
export type TimeSpan = z.output<typeof timeSpan>;

const meetingFields = {
  title: text(meetingLimits.title),
  theme: z.optional(text(meetingLimits.theme)),
  /** The language the title, theme and agenda are written in. */
  language: z.enum(languageCodes),
  startsAt: z.optional(isoDateTime),
  endsAt: z.optional(isoDateTime),
  place: z.optional(
    z.object({
      address: text(meetingLimits.address),
      directions: z.optional(text(meetingLimits.directions)),
    }),
  ),
  onlineUrl: z.optional(httpUrl),
  capacity: z.int().check(z.gte(1), z.lte(meetingLimits.capacity)),
  /** Minutes each organisation speaks in a news round. */
  turnMinutes: z.int().check(z.gte(1), z.lte(meetingLimits.turnMinutes)),
  agenda: z.array(agendaItem).check(z.maxLength(meetingLimits.agendaItems)),
  checklist: z.partialRecord(z.enum(checklistItems), z.boolean()),
};

export const meetingInput = z.object({
  seriesId: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  hostOrganisationId: organisationId,
  ...meetingFields,
  // Defaults only where a meeting is created: a change leaves out what it does not change.
  language: z._default(meetingFields.language, 'fi'),
  turnMinutes: z._default(meetingFields.turnMinutes, 3),
  agenda: z._default(meetingFields.agenda, []),
  checklist: z._default(meetingFields.checklist, {}),
});
export type MeetingInput = z.output<typeof meetingInput>;

export const meetingChanges = z
  .partial(z.object({ hostOrganisationId: organisationId, ...meetingFields }))
  .check(z.refine(...someChange));
export type MeetingChanges = z.output<typeof meetingChanges>;

/** A date poll on a draft whose date is not agreed yet: up to five options, answered by the previous meeting's participants. */
export const datePoll = z.object({
  options: z.array(timeSpan).check(z.minLength(2), z.maxLength(meetingLimits.pollOptions)),
  /** The index of the option chosen, once decided; the meeting then has that time. */
  chosen: z.optional(z.int()),
});
export type DatePoll = z.output<typeof datePoll>;

export const meeting = z.object({
  id: z.string(),
  seriesId: z.string(),
  hostOrganisationId: z.string(),
  hostOrganisationName: z.string(),
  title: z.string(),
  theme: z.optional(z.string()),
  language: z.enum(languageCodes),
  startsAt: z.optional(z.string()),
  endsAt: z.optional(z.string()),
  place: z.optional(z.object({ address: z.string(), directions: z.optional(z.string()) })),
  onlineUrl: z.optional(z.string()),
  capacity: z.number(),
  turnMinutes: z.number(),
  agenda: z.array(
    z.object({
      title: z.string(),
      description: z.optional(z.string()),
      kind: z.enum(agendaKinds),
      minutes: z.number(),
      presenter: z.optional(z.string()),
      consultationId: z.optional(z.string()),
      statementId: z.optional(z.string()),
    }),
  ),
  checklist: z.partialRecord(z.enum(checklistItems), z.boolean()),
  status: z.enum(meetingStatuses),
  datePoll: z.optional(
    z.object({
      options: z.array(z.object({ startsAt: z.string(), endsAt: z.string() })),
      chosen: z.optional(z.number()),
    }),
  ),
  /** The meeting whose minutes agreed this one. */
  previousMeetingId: z.optional(z.string()),
  /** The next one, agreed when these minutes were closed. */
  nextMeetingId: z.optional(z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.optional(z.string()),
  /** Counts every change: a write holds only over the version read. */
  version: z.number(),
});
export type Meeting = z.output<typeof meeting>;
export const storedMeeting = stored(meeting);

/** The coordinator and the host's representatives plan, run and write up a meeting. */
export const mayManage = (
  meeting: Pick<Meeting, 'hostOrganisationId'>,
  caller: Pick<Caller, 'coordinator' | 'organisations'> | undefined,
) => Boolean(caller && (caller.coordinator || caller.organisations.includes(meeting.hostOrganisationId)));

/**
 * A place at a meeting, asked for with an email address that must be confirmed. Anyone may
 * register, not only members. `position` is the registration's place in the order registrations
 * were accepted (a counter on the meeting's places), which orders the waiting list.
 */
export const registrationStatuses = ['unconfirmed', 'registered', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export const registration = z.object({
  id: z.string(),
  meetingId: z.string(),
  name: z.string(),
  email: z.string(),
  /** The organisation the person comes from, as they wrote it (members' representatives: its name). */
  organisation: z.optional(z.string()),
  /** A member organisation the person represents, when signed in as its representative. */
  organisationId: z.optional(z.string()),
  language: z.enum(languageCodes),
  status: z.enum(registrationStatuses),
  position: z.optional(z.number()),
  createdAt: z.string(),
  confirmedAt: z.optional(z.string()),
  cancelledAt: z.optional(z.string()),
  /** Set once the participant answered the meeting's feedback survey (the answer itself keeps no link to them). */
  feedbackGiven: z.optional(z.boolean()),
});
export type Registration = z.output<typeof registration>;
export const storedRegistration = stored(registration);

/** A meeting's places: kept apart from the meeting, so registering never races an edit of the meeting. */
export const places = z.object({
  capacity: z.number(),
  registered: z.number(),
  waiting: z.number(),
  /** Registrations accepted so far: the next one's `position` is this plus one. */
  accepted: z.number(),
});
export type Places = z.output<typeof places>;

/** Registered participants are reminded this long before the meeting starts. */
export const REMINDER_HOURS_BEFORE = 48;

/** When the reminder of a meeting starting then is due (in the past for a meeting published late: due at once). */
export const reminderDue = (startsAt: string) =>
  new Date(Date.parse(startsAt) - REMINDER_HOURS_BEFORE * 3_600_000);

/** A meeting ends after it starts (either may still be missing on a draft). */
export function checkTimes(span: { startsAt?: string; endsAt?: string }): void {
  if (span.startsAt && span.endsAt && span.endsAt <= span.startsAt)
    throw new ValidationFailed([
      { field: 'endsAt', message: 'The meeting must end after it starts.', code: 'endsBeforeStart' },
    ]);
}

/** A published meeting has its time, and a place or an online link (or both): invitations say where and when. */
export function assertPublishable(m: Pick<Meeting, 'startsAt' | 'endsAt' | 'place' | 'onlineUrl'>): void {
  const problems: FieldProblem[] = [];
  if (!m.startsAt)
    problems.push({ field: 'startsAt', message: 'Set when the meeting starts.', code: 'required' });
  if (!m.endsAt) problems.push({ field: 'endsAt', message: 'Set when the meeting ends.', code: 'required' });
  if (!m.place && !m.onlineUrl)
    problems.push({
      field: 'place',
      message: 'Give the address of the meeting, an online link, or both.',
      code: 'placeOrLink',
    });
  if (problems.length > 0) throw new ValidationFailed(problems);
  checkTimes(m);
}
