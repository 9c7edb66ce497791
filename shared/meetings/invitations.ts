import { createHash } from 'node:crypto';
import { inParallel } from '#shared/concurrency.ts';
import { config } from '#shared/config.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import { listOrganisations, representativesOf } from '#shared/membership/organisation-store.ts';
import { type Reminder, reminderItem } from '#shared/statements/reminders.ts';
import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { createOnce } from '#shared/store/transactions.ts';
import { agendaLines } from './agenda-text.ts';
import { meetingInvitationCalendar } from './calendar.ts';
import type { Meeting } from './meeting.ts';
import { getMeeting, getSeries } from './meeting-store.ts';

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
 * The reminder publishing writes in its transaction, due at once: the invitations it owes, which
 * publishing writes itself right after, and the hourly schedule finishes if publishing stopped first.
 */
export const invitationsReminder = (meetingId: string, now: Date) =>
  reminderItem('invitations', meetingId, now, 1);

/** One invitation's key, fixed by meeting and address (hashed: no address in a key), so it is written once. */
const invitationId = (meetingId: string, email: string) =>
  `meeting-invitation-${meetingId}-${createHash('sha256').update(email).digest('base64url').slice(0, 22)}`;

/**
 * The invitations a published meeting sends: every member organisation's representatives, each in
 * their language, with the place, time and agenda in the body and the event attached. One notice
 * per address, its key fixed, so that however often they are written nobody is invited twice.
 */
async function invitationNotices(
  store: Store,
  m: Meeting,
  seriesName: string,
  publicBaseUrl: string,
  now: Date,
) {
  const recipients = await representativesOf(store, await memberOrganisationIds(store));
  const byLanguage = new Map<Language, { params: Record<string, string>; calendar: string }>();
  const inLanguage = (language: Language) => {
    const found = byLanguage.get(language);
    if (found) return found;
    const made = {
      params: {
        ...whereAndWhen(m),
        ...agendaParam(m, language),
        host: m.hostOrganisationName,
        series: seriesName,
        ...(m.theme ? { theme: m.theme } : {}),
      },
      calendar: meetingInvitationCalendar(m, language, publicBaseUrl),
    };
    byLanguage.set(language, made);
    return made;
  };
  return recipients.map((r) => {
    const { params, calendar } = inLanguage(r.language);
    const id = invitationId(m.id, r.email);
    const notice = noticeItem('meetingInvitation', [r], params, now, calendar);
    return { ...notice, [KEY.pk]: `NOTICE#${id}`, id };
  });
}

/**
 * Writes a published meeting's invitations, each only if not written yet (one conditional put each,
 * ten at a time, so any number of representatives fits): a run stopped half-way and run again
 * invites nobody twice. True when it wrote any.
 */
export async function writeInvitations(
  store: Store,
  m: Meeting,
  seriesName: string,
  publicBaseUrl: string,
  now: Date,
): Promise<boolean> {
  let written = false;
  await inParallel(await invitationNotices(store, m, seriesName, publicBaseUrl, now), 10, async (notice) => {
    if (await createOnce(store, notice)) written = true;
  });
  return written;
}

/** The schedule's part: the invitations of a meeting still published, written if publishing stopped before. */
export async function mailInvitations(store: Store, reminder: Reminder, now: Date): Promise<boolean> {
  const m = await getMeeting(store, reminder.subjectId);
  if (m?.status !== 'published') return false;
  const series = await getSeries(store, m.seriesId);
  return writeInvitations(store, m, series?.name ?? '', config().publicBaseUrl, now);
}
