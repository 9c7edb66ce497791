import { randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict, Forbidden, NotFound, TooManyRequests } from '#shared/errors.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import { assertMember } from '#shared/membership/organisation.ts';
import { existingOrganisation } from '#shared/membership/organisation-store.ts';
import { getPerson } from '#shared/people/person-store.ts';
import type { Store } from '#shared/store/client.ts';
import { failedNames } from '#shared/store/transactions.ts';
import { peerRequestPath } from './links.ts';
import { peerLimits, type peerRequestInput } from './peer-leader.ts';
import {
  getOpenRequest,
  getRequest,
  getSender,
  type StoredRequest,
  writeSending,
} from './peer-request-store.ts';
import { getProfile } from './peer-store.ts';
import { membersSee } from './peer-visibility.ts';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** A send that meets another of the same organisation reads the window again; this many times. */
const TRIES = 3;

/** The weekly limit, said plainly: how many, and when the oldest of them leaves the window. */
export class PeerRequestLimit extends TooManyRequests {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds, 'peer_request_limit');
    this.message = `Your organisation has sent ${peerLimits.requestsPerWeek} peer-leader requests in the last 7 days, as many as it may. Try again in ${Math.ceil(retryAfterSeconds / 3600)} hours.`;
  }
}

export const requestOpen = () =>
  new Conflict(
    'Your organisation has a request to this peer leader waiting for an answer: wait for it, or for it to expire.',
    'request_open',
  );

const notVisible = () => new NotFound('There is no such peer leader.');

export interface Links {
  key: Uint8Array;
  publicBaseUrl: string;
}

/**
 * A member organisation asks a peer leader it may see (else 404, as if there were none), through
 * Kaiutin: the leader is emailed the request in their language with signed links to answer it, and
 * nobody's contact details go anywhere until they say yes. An organisation sends at most
 * `peerLimits.requestsPerWeek` in any seven days, and has one request open per leader at a time.
 */
export async function sendPeerRequest(
  store: Store,
  caller: Caller,
  peerLeaderId: string,
  input: z.output<typeof peerRequestInput>,
  links: Links,
  now: Date,
): Promise<StoredRequest> {
  if (!caller.organisations.includes(input.organisationId))
    throw new Forbidden('You do not represent this organisation.');
  const organisation = await existingOrganisation(store, input.organisationId);
  assertMember(organisation, 'ask peer leaders');
  const [profile, person] = await Promise.all([
    getProfile(store, peerLeaderId),
    getPerson(store, peerLeaderId),
  ]);
  if (!profile || !person || !membersSee(profile)) throw notVisible();

  for (let attempt = 1; ; attempt += 1) {
    const open = await getOpenRequest(store, organisation.id, peerLeaderId);
    if (open && open.answerBy > now.toISOString()) throw requestOpen();
    const stale = open ? await getRequest(store, open.requestId) : undefined;
    const sender = await getSender(store, organisation.id);
    const recent = sender.sentAt.filter((at) => Date.parse(at) > now.getTime() - WEEK_MS).sort();
    if (recent.length >= peerLimits.requestsPerWeek) {
      const frees = Date.parse(recent[0] as string) + WEEK_MS;
      throw new PeerRequestLimit(Math.max(1, Math.ceil((frees - now.getTime()) / 1000)));
    }
    const request: StoredRequest = {
      id: randomUUID(),
      peerLeaderId,
      peerLeaderName: profile.name,
      organisationId: organisation.id,
      organisationName: organisation.name,
      purpose: input.purpose,
      when: input.when,
      status: 'sent',
      sentAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + peerLimits.requestDays * DAY_MS).toISOString(),
    };
    const notice = noticeItem(
      'peerRequest',
      [{ email: person.email, language: person.language }],
      {
        name: profile.name,
        organisation: organisation.name,
        purpose: request.purpose,
        when: request.when,
        answerByAt: request.expiresAt,
        path: peerRequestPath(links.key, request.id, 'yes'),
        noUrl: `${links.publicBaseUrl}${peerRequestPath(links.key, request.id, 'no')}`,
      },
      now,
    );
    try {
      await writeSending(
        store,
        {
          request,
          sentAt: [...recent, request.sentAt],
          version: sender.version,
          ...(stale?.status === 'sent' ? { stale } : {}),
          notice,
        },
        now,
      );
      return request;
    } catch (error) {
      const failed = failedNames(error);
      if (failed.size === 0) throw error;
      // Another send of the organisation, or to the leader, came first: read again and decide anew.
      if (attempt >= TRIES)
        throw failed.has('open')
          ? requestOpen()
          : new Conflict(
              'Another request of your organisation was sent at the same moment: try again.',
              'changed_meanwhile',
            );
    }
  }
}
