import type { Caller } from '#shared/auth/access.ts';
import { BadRequest, Conflict, NotFound } from '#shared/errors.ts';
import { noticeItem, noticeItems } from '#shared/mail/notices.ts';
import {
  getOrganisation,
  listRepresentatives,
  memberCheck,
  recipientsOf,
} from '#shared/membership/organisation-store.ts';
import { getPerson } from '#shared/people/person-store.ts';
import type { Store } from '#shared/store/client.ts';
import { failedNames } from '#shared/store/transactions.ts';
import { getRequest, type StoredRequest, writeAnswer } from './peer-request-store.ts';
import { getProfile, profileCheck } from './peer-store.ts';
import { membersSee } from './peer-visibility.ts';

/** How the caller holds the request: its emailed link (checked by the handler), or who they are. */
export type Holder = { link: true } | { caller: Caller | undefined };

/** Without a session, only the email's link holds a request. */
const needsLink = (holder: Holder) => {
  if ('caller' in holder && !holder.caller)
    throw new BadRequest(
      'Open the link in the request email, or sign in as the peer leader.',
      'invalid_link',
    );
};
const noSuchRequest = () => new NotFound('There is no such peer-leader request.');
const answered = () => new Conflict('This request has been answered already.', 'request_answered');
const expired = () =>
  new Conflict('This request expired unanswered: the organisation may send a new one.', 'request_expired');

/** What the table says, with a request past its time shown as expired even before anything marks it. */
export const asSeen = (r: StoredRequest, now: Date): StoredRequest =>
  r.status === 'sent' && r.expiresAt <= now.toISOString() ? { ...r, status: 'expired' } : r;

const isLeader = (holder: Holder, r: StoredRequest) =>
  'link' in holder || holder.caller?.personId === r.peerLeaderId;

/**
 * The request, to its leader (or the holder of its link), the requesting organisation's
 * representatives and the coordinator: 400 without a session or link; to anyone else it does not exist (404).
 */
export async function readPeerRequest(store: Store, holder: Holder, id: string, now: Date) {
  needsLink(holder);
  const r = await getRequest(store, id);
  if (!r) throw noSuchRequest();
  if (isLeader(holder, r)) return asSeen(r, now);
  const caller = 'caller' in holder ? holder.caller : undefined;
  if (!caller?.coordinator && !caller?.organisations.includes(r.organisationId)) throw noSuchRequest();
  const [seen] = await asOthersSee(store, caller, [asSeen(r, now)]);
  return seen as StoredRequest;
}

/**
 * Requests as the organisation (or the coordinator) sees them: the leader's name only while their
 * profile is there and visible to the viewer; after a withdrawal, or a choice of the coordinator
 * only, the name is gone from the organisation's view.
 */
export async function asOthersSee(
  store: Store,
  viewer: Pick<Caller, 'coordinator'>,
  requests: StoredRequest[],
): Promise<StoredRequest[]> {
  const ids = [...new Set(requests.map((r) => r.peerLeaderId))];
  const profiles = new Map(
    await Promise.all(ids.map(async (id) => [id, await getProfile(store, id)] as const)),
  );
  return requests.map((r) => {
    const profile = profiles.get(r.peerLeaderId);
    const visible = profile && (viewer.coordinator || membersSee(profile));
    return { ...r, peerLeaderName: visible ? profile.name : '' };
  });
}

/**
 * The leader answers once, while the request is open. On yes the organisation's representatives are
 * told the leader's name and address and the leader the representatives' addresses; on no the
 * organisation is told, and no contact goes anywhere. The notices are written with the answer.
 * A request past its time is marked expired (409 `request_expired`).
 */
export async function answerPeerRequest(
  store: Store,
  holder: Holder,
  id: string,
  answer: 'yes' | 'no',
  now: Date,
): Promise<StoredRequest> {
  needsLink(holder);
  const r = await getRequest(store, id);
  if (!r) throw noSuchRequest();
  // To anyone but its leader a request does not exist, as on the read path.
  if (!isLeader(holder, r)) throw noSuchRequest();
  if (r.status === 'expired') throw expired();
  if (r.status !== 'sent') throw answered();
  try {
    if (r.expiresAt <= now.toISOString()) {
      await writeAnswer(store, r, 'expired', [], now);
      throw expired();
    }
    const [representatives, person, profile, organisation] = await Promise.all([
      listRepresentatives(store, r.organisationId),
      getPerson(store, r.peerLeaderId),
      getProfile(store, r.peerLeaderId),
      getOrganisation(store, r.organisationId),
    ]);
    if (!person) throw noSuchRequest();
    // Contacts go only to a member organisation, from a leader whose consent stands: otherwise the request closes.
    if (answer === 'yes' && (organisation?.status !== 'member' || !profile))
      return closeUnanswerable(store, r, now);
    const leader = profile?.name ?? r.peerLeaderName;
    const common = {
      organisation: r.organisationName,
      leader,
      purpose: r.purpose,
      when: r.when,
      path: `/organisations/${encodeURIComponent(r.organisationId)}/peer-requests`,
    };
    const reps = recipientsOf(representatives);
    const notices =
      answer === 'yes'
        ? [
            ...noticeItems('peerRequestAccepted', reps, { ...common, leaderEmail: person.email }, now),
            noticeItem(
              'peerRequestContact',
              [{ email: person.email, language: person.language }],
              {
                ...common,
                name: leader,
                contacts: representatives
                  .map((rep) => (rep.name ? `${rep.name} <${rep.email}>` : rep.email))
                  .join(', '),
                path: `/peer-requests/${encodeURIComponent(r.id)}`,
              },
              now,
            ),
          ]
        : noticeItems('peerRequestDeclined', reps, common, now);
    const status = answer === 'yes' ? 'accepted' : 'declined';
    const checks = answer === 'yes' ? [memberCheck(r.organisationId), profileCheck(r.peerLeaderId)] : [];
    await writeAnswer(store, r, status, notices, now, checks);
    return { ...r, status, answeredAt: now.toISOString() };
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('request')) throw answered();
    if (failed.has('member') || failed.has('profile')) return closeUnanswerable(store, r, now);
    throw error;
  }
}

/** The organisation left the network, or the leader withdrew: the request closes as expired, nobody is told anyone's address. */
async function closeUnanswerable(store: Store, r: StoredRequest, now: Date): Promise<never> {
  try {
    await writeAnswer(store, r, 'expired', [], now);
  } catch (error) {
    if (failedNames(error).has('request')) throw answered();
    throw error;
  }
  throw new Conflict(
    'This request has closed: the organisation is no longer a member of the network, or the profile is gone.',
    'request_expired',
  );
}
