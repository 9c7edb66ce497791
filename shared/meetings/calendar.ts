import ical, { type ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import type { Language } from '#shared/i18n/languages.ts';
import { agendaLines } from './agenda-text.ts';
import type { Meeting } from './meeting.ts';

export const meetingPage = (publicBaseUrl: string, id: string) => `${publicBaseUrl}/meetings/${id}`;

/** Where it is: the address, or the online link of a meeting held only online. */
const locationOf = (m: Meeting) => m.place?.address ?? m.onlineUrl;

/** The theme, directions, online link, agenda (with running times in the language) and the page. */
function descriptionOf(m: Meeting, startsAt: string, language: Language, url: string) {
  return [
    m.theme,
    m.place?.directions,
    m.place && m.onlineUrl,
    m.agenda.length > 0 ? agendaLines(m.agenda, startsAt, language, 'plain') : undefined,
    url,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A meeting as an event, in UTC (a TZID without its VTIMEZONE block would misplace it). The UID
 * is the meeting's, so a later invitation or feed updates the same event; SEQUENCE follows the
 * meeting's version. A meeting without a time is no event.
 */
export function addMeetingEvent(
  calendar: ICalCalendar,
  m: Meeting,
  language: Language,
  publicBaseUrl: string,
): void {
  if (!m.startsAt || !m.endsAt) return;
  const url = meetingPage(publicBaseUrl, m.id);
  calendar.createEvent({
    id: `meeting-${m.id}@kaiutin`,
    sequence: m.version,
    stamp: new Date(m.updatedAt),
    start: new Date(m.startsAt),
    end: new Date(m.endsAt),
    summary: m.title,
    location: locationOf(m),
    description: descriptionOf(m, m.startsAt, language, url),
    url,
  });
}

/** The invitation's attachment: one event, published (METHOD:PUBLISH), for calendar apps to add. */
export function meetingInvitationCalendar(m: Meeting, language: Language, publicBaseUrl: string): string {
  const calendar = ical({
    prodId: { company: 'Kaiutin', product: 'meetings' },
    method: ICalCalendarMethod.PUBLISH,
  });
  addMeetingEvent(calendar, m, language, publicBaseUrl);
  return calendar.toString();
}

/** Meetings as a calendar that calendar apps subscribe to. */
export function meetingsCalendar(
  meetings: Meeting[],
  context: { language: Language; publicBaseUrl: string; selfUrl: string },
): string {
  const calendar = ical({
    name: 'Kaiutin',
    prodId: { company: 'Kaiutin', product: 'meetings' },
    method: ICalCalendarMethod.PUBLISH,
    url: context.selfUrl,
  });
  for (const m of meetings) addMeetingEvent(calendar, m, context.language, context.publicBaseUrl);
  return calendar.toString();
}
