import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { inParallel } from '#shared/concurrency.ts';
import type { Meeting } from '#shared/meetings/meeting.ts';
import { listRegistrations, meetingCreation } from '#shared/meetings/meeting-store.ts';
import { listWaiting } from '#shared/meetings/registration-store.ts';
import type { Store } from '#shared/store/client.ts';
import { transact } from '#shared/store/transactions.ts';
import { json, percentile, progress } from './harness.ts';

export interface MeetingsOptions {
  store: Store;
  baseUrl: string;
  sesUrl: string;
  registrations: number;
  capacity: number;
}

interface StoredEmail {
  subject: string;
  destination: { to: string[] };
  body: { text?: string };
}

/**
 * 100 (by default) people register for a published meeting of 40 places through the API, then
 * all follow their email's confirmation link at the same moment: how long each confirmation takes,
 * how many got a place and how many wait, and whether the waiting list's order is the order in
 * which the confirmations were accepted (the positions their answers gave).
 */
export async function meetingsBenchmark(options: MeetingsOptions) {
  const { store, baseUrl, sesUrl, registrations: count, capacity } = options;
  const now = new Date();
  const startsAt = new Date(now.getTime() + 7 * 86_400_000);
  const meeting: Meeting = {
    id: randomUUID(),
    seriesId: 'bench',
    hostOrganisationId: 'bench',
    hostOrganisationName: 'Vertailu ry',
    title: `Vertailutapaaminen ${randomUUID().slice(0, 8)}`,
    language: 'fi',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
    capacity,
    turnMinutes: 3,
    agenda: [],
    checklist: {},
    status: 'published',
    createdBy: 'bench',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    publishedAt: now.toISOString(),
    version: 1,
  };
  await transact(store, meetingCreation(meeting));

  const emails = Array.from({ length: count }, (_, i) => `bench-registrant${i}-${meeting.id}@example.org`);
  await inParallel(
    emails.map((email, i) => ({ email, i })),
    8,
    async ({ email, i }) => {
      await json(
        await fetch(`${baseUrl}/api/meetings/${meeting.id}/registrations`, {
          method: 'POST',
          // Each from a client of its own, as a crowd would be: the per-client limit is not what is measured.
          headers: {
            'content-type': 'application/json',
            'cloudfront-viewer-address': `2001:db8:${i.toString(16)}::1:443`,
          },
          body: JSON.stringify({ name: `Osallistuja ${i}`, email, language: 'fi' }),
        }),
      );
    },
  );
  progress(`meetings: ${count} registered, waiting for their confirmation emails`);

  const subject = `Vahvistakaa ilmoittautuminen: ${meeting.title}`;
  let links: { r: string; t: string }[] = [];
  for (let tries = 0; tries < 600 && links.length < count; tries += 1) {
    if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    const { emails: stored } = (await json(await fetch(`${sesUrl}/store`))) as { emails: StoredEmail[] };
    links = stored
      .filter((mail) => mail.subject === subject)
      .flatMap((mail) => {
        const found = /https?:\/\/\S+\/registration\?\S+/.exec(mail.body.text ?? '')?.[0];
        if (!found) return [];
        const query = new URL(found).searchParams;
        return [{ r: query.get('r') ?? '', t: query.get('t') ?? '' }];
      });
  }
  progress(`meetings: ${links.length} confirmation links\n`);

  const times: number[] = [];
  const answers = await Promise.all(
    links.map(async ({ r, t }) => {
      const sent = performance.now();
      const response = await fetch(`${baseUrl}/api/meetings/${meeting.id}/registrations/${r}/confirm`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: t }),
      });
      const answer = response.ok
        ? ((await response.json()) as { status: string; position: number })
        : undefined;
      if (!response.ok) await response.text();
      times.push(performance.now() - sent);
      return { id: r, ...answer };
    }),
  );

  const stored = await listRegistrations(store, meeting.id);
  const waitingList = (await listWaiting(store, meeting.id)).map((r) => r.id);
  const acceptedOrder = answers
    .filter((a) => a.status === 'waiting')
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .map((a) => a.id);
  return {
    registrations: count,
    capacity,
    registered: stored.filter((r) => r.status === 'registered').length,
    waiting: stored.filter((r) => r.status === 'waiting').length,
    inArrivalOrder:
      waitingList.length === acceptedOrder.length && waitingList.every((id, i) => id === acceptedOrder[i]),
    failed: answers.filter((a) => a.status === undefined).length,
    p50Ms: Number(percentile(times, 50).toFixed(1)),
    p99Ms: Number(percentile(times, 99).toFixed(1)),
  };
}
