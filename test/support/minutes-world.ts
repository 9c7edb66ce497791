import { randomUUID } from 'node:crypto';
import type { Meeting, Registration, Series } from '#shared/meetings/meeting.ts';
import { meetingCreation, registrationKey, seriesItem } from '#shared/meetings/meeting-store.ts';
import { store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { putItem, transact } from '#shared/store/transactions.ts';
import { uniqueEmail } from './people.ts';

/**
 * Meetings written straight into the table, as the meetings' own routes would leave them: the
 * minutes tests and the authorization matrix need a held meeting with participants, whatever the
 * state of the routes that publish and register.
 */
export async function seriesWith(
  rotation: { organisationId: string; name: string }[],
  name = 'Verkostokokous',
) {
  const at = new Date().toISOString();
  const series: Series = { id: randomUUID(), name, rotation, createdAt: at, updatedAt: at };
  await transact(store(), [putItem(seriesItem(series))]);
  return series;
}

export async function heldMeeting(
  series: Series,
  host: { organisationId: string; name: string },
  options: { startsInHours?: number; title?: string } = {},
): Promise<Meeting> {
  const at = new Date();
  const startsAt = new Date(at.getTime() + (options.startsInHours ?? -2) * 3_600_000);
  const meeting: Meeting = {
    id: randomUUID(),
    seriesId: series.id,
    hostOrganisationId: host.organisationId,
    hostOrganisationName: host.name,
    title: options.title ?? `Kevään verkostokokous ${randomUUID().slice(0, 4)}`,
    language: 'fi',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
    capacity: 40,
    turnMinutes: 3,
    agenda: [],
    checklist: {},
    status: 'published',
    createdBy: 'test',
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    publishedAt: at.toISOString(),
    version: 1,
  };
  await transact(store(), meetingCreation(meeting));
  return meeting;
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
  await transact(
    store(),
    made.map((r) =>
      putItem({
        ...registrationKey(meetingId, r.id),
        [KEY.gsi2pk]: `REGISTRANT#${r.email}`,
        [KEY.gsi2sk]: meetingId,
        entity: 'registration',
        ...r,
      }),
    ),
  );
  return made;
}
