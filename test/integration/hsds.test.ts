import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { store } from '#shared/store/client.ts';
import type { Activity } from '#shared/tray/activity.ts';
import { hsdsId } from '#shared/tray/hsds.ts';
import { exportProblems, hsdsListProblems, hsdsProblems, overHttp } from '../support/hsds.ts';
import { anonymous, memberOrganisation, signedInCoordinator } from '../support/people.ts';
import { sampleActivity, writeActivity } from '../support/tray.ts';

const municipality = `Kunta-${randomUUID().slice(0, 8)}`;

/** A Finnish club in the file's own municipality, with what the HSDS mapping shows besides the sample's. */
const activityOf = (organisationId: string, overrides: Partial<Activity>): Activity =>
  sampleActivity(organisationId, {
    texts: [
      { language: 'fi', name: 'Suomen kielen kerho', description: 'Keskustellaan suomeksi.' },
      { language: 'en', name: 'Finnish club', description: 'We talk Finnish.' },
    ],
    areas: [{ kind: 'municipality', name: municipality }],
    topics: ['education'],
    place: { address: 'Kauppakatu 1', postalCode: '40100', city: municipality },
    ...overrides,
  });

let org: Awaited<ReturnType<typeof memberOrganisation>>;
let weekly: Activity;
let dated: Activity;
let ended: Activity;
const reader = anonymous();

async function json(path: string) {
  const answer = await reader.get(path);
  if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.json)}`);
  return answer.json as Record<string, unknown>;
}

beforeAll(async () => {
  const coordinator = await signedInCoordinator();
  org = await memberOrganisation(coordinator, 'hsds', 1, false);
  [weekly, dated, ended] = await Promise.all([
    writeActivity(
      store(),
      activityOf(org.id, {
        schedule: {
          kind: 'weekly',
          days: ['MO', 'TH'],
          startTime: '17:30',
          endTime: '19:00',
          validFrom: '2031-01-05',
          validTo: '2031-05-31',
          note: 'Not on public holidays.',
        },
      }),
    ),
    writeActivity(
      store(),
      activityOf(org.id, {
        category: 'participation',
        status: 'paused',
        targetGroups: ['women', 'families'],
        schedule: {
          kind: 'dates',
          dates: [
            { date: '2031-03-14', startTime: '12:00', endTime: '15:00' },
            { date: '2031-06-14', startTime: '12:00', endTime: '15:00' },
          ],
        },
        place: { onlineUrl: 'https://meet.example.org/kerho' },
        accessibility: 'Tekstitys.',
      }),
    ),
    writeActivity(
      store(),
      activityOf(org.id, {
        category: 'recruitment',
        level: 'regional',
        status: 'ended',
        cost: { free: false, fee: '5 € / kerta' },
        areas: [
          { kind: 'municipality', name: municipality },
          { kind: 'region', name: 'Keski-Suomi' },
        ],
      }),
    ),
  ]);
});

describe('the HSDS 3.0 export', () => {
  it('validates as a whole: every page of organizations and services, and each service read alone', async () => {
    const { problems, seen } = await exportProblems(overHttp(json));
    expect(problems).toEqual([]);
    for (const a of [weekly, dated, ended]) expect(seen.service.filter((id) => id === a.id)).toHaveLength(1);
    expect(seen.organization).toContain(hsdsId(org.id));
  });

  it('maps each activity to a service that HSDS 3.0 accepts: status, schedules, areas, places, costs, terms', async () => {
    const [w, d, e] = (await Promise.all(
      [weekly, dated, ended].map((a) => json(`/api/hsds/services/${a.id}?lang=en`)),
    )) as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    for (const service of [w, d, e]) expect(hsdsProblems('service', service)).toEqual([]);
    expect(w).toMatchObject({
      name: 'Finnish club',
      status: 'active',
      organization_id: hsdsId(org.id),
      organization: { name: org.name },
      schedules: [
        {
          freq: 'WEEKLY',
          byday: 'MO,TH',
          valid_from: '2031-01-05',
          valid_to: '2031-05-31',
          opens_at: '17:30:00+02:00',
          closes_at: '19:00:00+02:00',
          notes: 'Not on public holidays.',
        },
      ],
      service_areas: [{ name: municipality, description: 'municipality' }],
      service_at_locations: [
        {
          location: {
            location_type: 'physical',
            addresses: [{ address_1: 'Kauppakatu 1', postal_code: '40100' }],
          },
        },
      ],
      cost_options: [{ amount: 0, currency: 'EUR' }],
      languages: [{ code: 'fi' }, { code: 'so' }],
    });
    expect(d).toMatchObject({
      status: 'temporarily closed',
      schedules: [
        { valid_from: '2031-03-14', valid_to: '2031-03-14', opens_at: '12:00:00+02:00' },
        { valid_from: '2031-06-14', valid_to: '2031-06-14', opens_at: '12:00:00+03:00' },
      ],
      service_at_locations: [
        {
          location: {
            location_type: 'virtual',
            url: 'https://meet.example.org/kerho',
            accessibility: [{ description: 'Tekstitys.' }],
          },
        },
      ],
    });
    expect(
      (d.attributes as { taxonomy_term: { taxonomy: string; code: string } }[]).map(
        (t) => t.taxonomy_term.code,
      ),
    ).toEqual(['participation', 'local', 'women', 'families', 'education']);
    expect(e).toMatchObject({
      status: 'defunct',
      fees_description: '5 € / kerta',
      cost_options: [{ amount_description: '5 € / kerta' }],
    });
    expect(await json(`/api/hsds/services/${weekly.id}`)).toMatchObject({ name: 'Suomen kielen kerho' });
  });

  it('pages as HSDS lists: page numbers from 1, per_page bounded, each page its own items', async () => {
    const first = await json('/api/hsds/services?per_page=1');
    const second = await json('/api/hsds/services?per_page=1&page=2');
    for (const list of [first, second]) expect(hsdsListProblems('service', list, 1)).toEqual([]);
    expect(first).toMatchObject({ page_number: 1, size: 1, first_page: true, empty: false });
    expect(second).toMatchObject({ page_number: 2, first_page: false });
    expect((first.contents as { id: string }[])[0]?.id).not.toBe(
      (second.contents as { id: string }[])[0]?.id,
    );
    const beyond = await json(`/api/hsds/services?per_page=2&page=${Number(first.total_items) + 1}`);
    expect(hsdsListProblems('service', beyond, 2)).toEqual([]);
    expect(beyond).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
    expect((await json('/api/hsds/services')).size).toBeLessThanOrEqual(50);
    for (const query of ['per_page=101', 'per_page=0', 'page=0', 'page=x'])
      expect((await reader.get(`/api/hsds/services?${query}`)).status).toBe(400);
  });

  it('lists member organisations as HSDS organizations, found by their HSDS id', async () => {
    const list = await json('/api/hsds/organizations?per_page=100');
    expect(hsdsListProblems('organization', list, 100)).toEqual([]);
    const found = await json(`/api/hsds/organizations/${hsdsId(org.id)}`);
    expect(hsdsProblems('organization', found)).toEqual([]);
    expect(found).toMatchObject({ id: hsdsId(org.id), name: org.name, uri: expect.stringContaining(org.id) });
    expect((await reader.get(`/api/hsds/organizations/${randomUUID()}`)).status).toBe(404);
    expect((await reader.get(`/api/hsds/services/${randomUUID()}`)).status).toBe(404);
  });
});
