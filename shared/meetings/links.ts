import { sign, signedByAny } from '#shared/subscriptions/signed-links.ts';

/**
 * What a registration's emailed link lets its holder do without signing in: confirm the address,
 * cancel, answer the date poll of the next meeting, give feedback. Each is signed for its purpose
 * and its registration with the signed-link key.
 */
export type RegistrationAct = 'confirm' | 'cancel' | 'poll' | 'feedback';

export const registrationToken = (
  key: Uint8Array,
  act: RegistrationAct,
  meetingId: string,
  registrationId: string,
) => sign(key, `meeting-${act}`, [meetingId, registrationId]);

/** Whether the token was signed for the act and registration with one of the keys (`signedLinkKeys()`). */
export const isRegistrationToken = (
  keys: Uint8Array[],
  act: RegistrationAct,
  meetingId: string,
  registrationId: string,
  token: string,
) => signedByAny(keys, token, (key) => registrationToken(key, act, meetingId, registrationId));

/**
 * The web app's page for the act (a path, for notices' `path`). The poll is answered on the next
 * meeting's page, with the registration of the meeting that agreed it.
 */
export function registrationPath(
  key: Uint8Array,
  act: RegistrationAct,
  meetingId: string,
  registrationId: string,
  pollMeetingId?: string,
) {
  const query = new URLSearchParams({
    r: registrationId,
    t: registrationToken(key, act, meetingId, registrationId),
  });
  if (act === 'poll') return `/meetings/${pollMeetingId}/poll?m=${meetingId}&${query}`;
  return `/meetings/${meetingId}/${act === 'confirm' || act === 'cancel' ? `registration?act=${act}&` : `feedback?`}${query}`;
}
