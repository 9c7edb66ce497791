import { randomUUID } from 'node:crypto';
import type { Meeting, Registration, Series } from '#shared/meetings/meeting.ts';
import { meetingCreation, placesKey, seriesItem } from '#shared/meetings/meeting-store.ts';
import { registrationItem } from '#shared/meetings/registration-store.ts';
import { store } from '#shared/store/client.ts';
import { MAX_TRANSACTION_ITEMS, putItem, transact } from '#shared/store/transactions.ts';
import { uniqueEmail } from './people.ts';

/*
 * Series, meetings and registrations written straight into the table, as the meetings' own routes
 * would leave them: for tests that need a meeting in a state the routes take time to reach (held,
 * with participants) or that test another area's routes on one.
 */

const HOUR = 3_600_000;

export async function seriesWith(
  rotation: { organisationId: string; name: string }[],
  name = 'Verkostokokous',
): Promise<Series> {
  const at = new Date().toISOString();
  const series: Series = { id: randomUUID(), name, rotation, createdAt: at, updatedAt: at };
  await transact(store(), [putItem(seriesItem(series))]);
  return series;
}

/** A meeting (published unless said), a week ahead, with a place. */
export async function storedMeeting(overrides: Partial<Meeting> = {}): Promise<Meeting> {
  const now = new Date();
  const startsAt = new Date(now.getTime() + 7 * 24 * HOUR);
  const meeting: Meeting = {
    id: randomUUID(),
    seriesId: 'test-series',
    hostOrganisationId: 'test-host',
    hostOrganisationName: 'Testijärjestö ry',
    title: `Verkostotapaaminen ${randomUUID().slice(0, 6)}`,
    language: 'fi',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * HOUR).toISOString(),
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

/** A published meeting of the series the host hosts, three hours long, that started two hours ago (unless said). */
export function heldMeeting(
  series: Pick<Series, 'id'>,
  host: { organisationId: string; name: string },
  options: { startsInHours?: number; title?: string; capacity?: number } = {},
): Promise<Meeting> {
  const startsAt = Date.now() + (options.startsInHours ?? -2) * HOUR;
  return storedMeeting({
    seriesId: series.id,
    hostOrganisationId: host.organisationId,
    hostOrganisationName: host.name,
    title: options.title ?? `Kevään verkostokokous ${randomUUID().slice(0, 4)}`,
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + 3 * HOUR).toISOString(),
    ...(options.capacity ? { capacity: options.capacity } : {}),
  });
}

/** Registrations in the order given (their `position`), each with a fresh address. */
export async function registrations(
  meetingId: string,
  people: { organisation?: string; status?: Registration['status']; language?: Registration['language'] }[],
): Promise<Registration[]> {
  const at = new Date().toISOString();
  const made = people.map(
    (p, i): Registration => ({
      id: randomUUID(),
      meetingId,
      name: `Osallistuja ${i + 1}`,
      email: uniqueEmail(`participant${i + 1}`),
      ...(p.organisation ? { organisation: p.organisation } : {}),
      language: p.language ?? 'fi',
      status: p.status ?? 'registered',
      position: i + 1,
      createdAt: at,
      confirmedAt: at,
    }),
  );
  for (let i = 0; i < made.length; i += MAX_TRANSACTION_ITEMS)
    await transact(
      store(),
      made.slice(i, i + MAX_TRANSACTION_ITEMS).map((r) => putItem(registrationItem(r))),
    );
  // The places count them as registering would have, so the table keeps its invariants.
  const withStatus = (status: Registration['status']) => made.filter((r) => r.status === status).length;
  await transact(store(), [
    {
      Update: {
        TableName: '',
        Key: placesKey(meetingId),
        UpdateExpression: 'ADD registered :registered, waiting :waiting, accepted :accepted',
        ExpressionAttributeValues: {
          ':registered': withStatus('registered'),
          ':waiting': withStatus('waiting'),
          ':accepted': made.length,
        },
      },
    },
  ]);
  return made;
}
