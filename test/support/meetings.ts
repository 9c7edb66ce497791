import { randomUUID } from 'node:crypto';
import type { Meeting } from '#shared/meetings/meeting.ts';
import { meetingCreation } from '#shared/meetings/meeting-store.ts';
import { store } from '#shared/store/client.ts';
import { transact } from '#shared/store/transactions.ts';

const DAY = 86_400_000;

/**
 * A meeting written straight to the table as the core routes would leave it (published unless
 * said), a week ahead, hosted by the organisation given.
 */
export async function storedMeeting(overrides: Partial<Meeting> = {}): Promise<Meeting> {
  const now = new Date();
  const startsAt = new Date(now.getTime() + 7 * DAY);
  const meeting: Meeting = {
    id: randomUUID(),
    seriesId: 'test-series',
    hostOrganisationId: 'test-host',
    hostOrganisationName: 'Testijärjestö ry',
    title: `Verkostotapaaminen ${randomUUID().slice(0, 6)}`,
    language: 'fi',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
    place: { address: 'Kauppakatu 1, Jyväskylä' },
    capacity: 40,
    turnMinutes: 3,
    agenda: [],
    checklist: {},
    status: 'published',
    createdBy: 'test',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    publishedAt: now.toISOString(),
    version: 1,
    ...overrides,
  };
  await transact(store(), meetingCreation(meeting));
  return meeting;
}
