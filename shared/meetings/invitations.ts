import type { Language } from '#shared/i18n/languages.ts';
import { noticeItems, type Recipient } from '#shared/mail/notices.ts';
import { listOrganisations, representativesOf } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { agendaLines } from './agenda-text.ts';
import { meetingInvitationCalendar } from './calendar.ts';
import type { Meeting } from './meeting.ts';

/** Every member organisation's id, page after page (a network has tens to hundreds). */
async function memberOrganisationIds(store: Store): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listOrganisations(store, 'member', cursor);
    ids.push(...page.items.map((org) => org.id));
    cursor = page.cursor;
  } while (cursor);
  return ids;
}

/** Where and when a meeting is, as notices' parameters: times end in `Time` (shown with the time of day). */
export const whereAndWhen = (m: Meeting): Record<string, string> => ({
  title: m.title,
  startsAt: m.startsAt ?? '',
  startsTime: m.startsAt ?? '',
  endsTime: m.endsAt ?? '',
  ...(m.place ? { address: m.place.address } : {}),
  ...(m.place?.directions ? { directions: m.place.directions } : {}),
  ...(m.onlineUrl ? { onlineUrl: m.onlineUrl } : {}),
  path: `/meetings/${m.id}`,
});

/** The agenda in the language, as the email's list (nothing when there is no agenda yet). */
export const agendaParam = (m: Meeting, language: Language): Record<string, string> =>
  m.agenda.length > 0 && m.startsAt
    ? { agenda: agendaLines(m.agenda, m.startsAt, language, 'markdown') }
    : {};

/**
 * The invitations a published meeting sends: every member organisation's representatives, each in
 * their language, with the place, time and agenda in the body and the event attached. The agenda
 * and the calendar are in the reader's language, so there are notices per language.
 */
export async function invitationNotices(
  store: Store,
  m: Meeting,
  seriesName: string,
  publicBaseUrl: string,
  now: Date,
) {
  const recipients = await representativesOf(store, await memberOrganisationIds(store));
  const byLanguage = new Map<Language, Recipient[]>();
  for (const r of recipients) byLanguage.set(r.language, [...(byLanguage.get(r.language) ?? []), r]);
  return [...byLanguage].flatMap(([language, to]) =>
    noticeItems(
      'meetingInvitation',
      to,
      {
        ...whereAndWhen(m),
        ...agendaParam(m, language),
        host: m.hostOrganisationName,
        series: seriesName,
        ...(m.theme ? { theme: m.theme } : {}),
      },
      now,
      meetingInvitationCalendar(m, language, publicBaseUrl),
    ),
  );
}
