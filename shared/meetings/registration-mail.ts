import { noticeItem } from '#shared/mail/notices.ts';
import { registrationPath } from './links.ts';
import type { Meeting, Registration } from './meeting.ts';
import { CONFIRM_WITHIN_HOURS } from './registration-store.ts';

/** The notices a registration's address is sent, each with the meeting's time and place and a signed link. */
const about = (meeting: Meeting): Record<string, string> => ({
  title: meeting.title,
  ...(meeting.startsAt ? { startsTime: meeting.startsAt } : {}),
  ...(meeting.place ? { address: meeting.place.address } : {}),
  ...(meeting.onlineUrl ? { onlineUrl: meeting.onlineUrl } : {}),
});

const to = (r: Registration) => [{ email: r.email, language: r.language }];

/** To an address not confirmed yet: fixed text and the meeting's own, nothing the requester typed (their name). */
export const confirmNotice = (key: Uint8Array, meeting: Meeting, r: Registration, now: Date) =>
  noticeItem(
    'registrationConfirm',
    to(r),
    {
      ...about(meeting),
      hours: String(CONFIRM_WITHIN_HOURS),
      path: registrationPath(key, 'confirm', meeting.id, r.id),
    },
    now,
  );

/**
 * Registered, or waiting with `ahead` others before them (their place in the queue is one more; the
 * position counts the seated too): the parameter each case's message needs says which.
 */
export const confirmedNotice = (key: Uint8Array, meeting: Meeting, r: Registration, now: Date, ahead = 0) =>
  noticeItem(
    'registrationConfirmed',
    to(r),
    {
      ...about(meeting),
      ...(r.status === 'waiting'
        ? { waitingName: r.name, queuePlace: String(ahead + 1) }
        : { registeredName: r.name }),
      path: registrationPath(key, 'cancel', meeting.id, r.id),
    },
    now,
  );

export const promotedNotice = (key: Uint8Array, meeting: Meeting, r: Registration, now: Date) =>
  noticeItem(
    'registrationPromoted',
    to(r),
    { ...about(meeting), name: r.name, path: registrationPath(key, 'cancel', meeting.id, r.id) },
    now,
  );

export const cancelledNotice = (meeting: Meeting, r: Registration, now: Date) =>
  noticeItem(
    'registrationCancelled',
    to(r),
    { ...about(meeting), name: r.name, path: `/meetings/${meeting.id}` },
    now,
  );
