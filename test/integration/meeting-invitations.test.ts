import { beforeAll, describe, expect, inject, it } from 'vitest';
import { inParallel } from '#shared/concurrency.ts';
import { invitationsReminder } from '#shared/meetings/invitations.ts';
import { store } from '#shared/store/client.ts';
import { MAX_TRANSACTION_ITEMS, putItem, transact } from '#shared/store/transactions.ts';
import { storedMeeting } from '../support/meetings.ts';
import { type Client, memberOrganisation, signedInCoordinator } from '../support/people.ts';
import { type StoredEmail, storedEmails } from '../support/ses.ts';

const { baseUrl } = inject('runtime');
const runReminders = () => fetch(`${baseUrl}/_local/schedules/send-reminders`, { method: 'POST' });

const ORGANISATIONS = 12;
const REPRESENTATIVES = 10;

let coordinator: Client;
const representatives: string[] = [];

/** How many invitations to the meeting each of the representatives holds, once every one has at least one. */
async function invitationsPerRepresentative(meetingId: string): Promise<Map<string, number>> {
  const isInvitation = (mail: StoredEmail) => (mail.body.text ?? '').includes(`/meetings/${meetingId}`);
  let counts = new Map<string, number>();
  for (let tries = 0; tries < 600; tries += 1) {
    if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    counts = new Map(representatives.map((email) => [email, 0]));
    for (const mail of (await storedEmails()).filter(isInvitation))
      for (const to of mail.destination.to) {
        const email = representatives.find((r) => to.includes(r));
        if (email) counts.set(email, (counts.get(email) ?? 0) + 1);
      }
    if ([...counts.values()].every((n) => n > 0)) break;
  }
  return counts;
}

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  const labels = Array.from({ length: ORGANISATIONS }, (_, i) => `invited${i}`);
  await inParallel(labels, 4, async (label) => {
    representatives.push(...(await memberOrganisation(coordinator, label, REPRESENTATIVES, false)).emails);
  });
}, 120_000);

describe('the invitations of a published meeting', () => {
  it('reach every representative exactly once, however many more there are than one transaction holds', async () => {
    expect(representatives.length).toBeGreaterThan(MAX_TRANSACTION_ITEMS);
    const draft = await storedMeeting({ status: 'draft' });
    const published = await coordinator.post(`/api/meetings/${draft.id}/publish`);
    expect(published.status).toBe(200);
    const once = [...(await invitationsPerRepresentative(draft.id)).values()];
    expect(once.filter((n) => n !== 1)).toEqual([]);
    // The hourly schedule finds nothing left to send: the reminder went once they were written.
    expect((await runReminders()).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect([...(await invitationsPerRepresentative(draft.id)).values()].filter((n) => n !== 1)).toEqual([]);
  }, 120_000);

  it('are sent by the hourly schedule when publishing stopped after its transaction, still once each', async () => {
    // What a publishing that stopped right after its transaction leaves: the meeting published, the reminder due.
    const meeting = await storedMeeting();
    await transact(store(), [putItem(invitationsReminder(meeting.id, new Date()))]);
    expect((await runReminders()).status).toBe(200);
    expect([...(await invitationsPerRepresentative(meeting.id)).values()].filter((n) => n !== 1)).toEqual([]);
    // Run again (the reminder put back, as two runs at once would see it): nobody is invited twice.
    await transact(store(), [putItem(invitationsReminder(meeting.id, new Date()))]);
    expect((await runReminders()).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect([...(await invitationsPerRepresentative(meeting.id)).values()].filter((n) => n !== 1)).toEqual([]);
  }, 120_000);
});
