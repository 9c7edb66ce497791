import { describe, expect, it } from 'vitest';
import type { Organisation } from '#shared/membership/organisation.ts';
import type { Activity } from '#shared/tray/activity.ts';
import { helsinkiOffset, hsdsId, hsdsPage, toHsdsSchedules, toHsdsService } from '#shared/tray/hsds.ts';
import { hsdsListProblems, hsdsProblems } from '../support/hsds.ts';

const now = new Date('2027-01-15T10:00:00Z');
const context = { publicBaseUrl: 'https://kaiutin.example', language: 'en' };

const org: Organisation = {
  id: 'demo-organisation',
  name: 'Keski-Suomen somalialaisten yhdistys',
  businessId: '1234567-1',
  municipalities: ['Jyväskylä'],
  languages: ['so', 'fi'],
  topics: ['education'],
  description: 'Vertaistukea ja läksykerhoja.',
  status: 'member',
  joinedAt: '2026-01-01T00:00:00.000Z',
  representativeCount: 1,
};

const activity: Activity = {
  id: '0b6f1c2e-4d5a-4e8b-9c1d-2e3f4a5b6c7d',
  organisationId: org.id,
  texts: [
    { language: 'fi', name: 'Läksykerho', description: 'Läksyapua koululaisille.' },
    { language: 'en', name: 'Homework club', description: 'Homework help for pupils.' },
  ],
  category: 'support',
  level: 'local',
  areas: [
    { kind: 'municipality', name: 'Jyväskylä' },
    { kind: 'region', name: 'Keski-Suomi' },
  ],
  languages: ['so', 'fi', 'prs'],
  targetGroups: ['children', 'families'],
  topics: ['education'],
  schedule: {
    kind: 'weekly',
    days: ['TU', 'TH'],
    startTime: '17:00',
    endTime: '19:00',
    validFrom: '2027-06-01',
  },
  place: {
    address: 'Kauppakatu 1',
    postalCode: '40100',
    city: 'Jyväskylä',
    onlineUrl: 'https://meet.example/x',
  },
  cost: { free: true },
  accessibility: 'Step-free entrance.',
  status: 'paused',
  createdAt: '2027-01-01T10:00:00.000Z',
  updatedAt: '2027-01-02T10:00:00.000Z',
  version: 2,
};

describe('the HSDS 3.0 mapping', () => {
  it('keeps a UUID and derives a stable, RFC 4122 shaped one from any other id', () => {
    expect(hsdsId(activity.id)).toBe(activity.id);
    const derived = hsdsId('demo-organisation');
    expect(derived).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(hsdsId('demo-organisation')).toBe(derived);
    expect(hsdsId('demo-host')).not.toBe(derived);
  });

  it("maps a weekly schedule to WEEKLY on its days, with Helsinki's offset on its first day", () => {
    const [summer] = toHsdsSchedules('s', activity.id, activity.schedule, '2027-01-15');
    expect(summer).toMatchObject({
      freq: 'WEEKLY',
      byday: 'TU,TH',
      dtstart: '2027-06-01',
      valid_from: '2027-06-01',
      opens_at: '17:00:00+03:00',
      closes_at: '19:00:00+03:00',
      timezone: 3,
    });
    const [winter] = toHsdsSchedules(
      's',
      activity.id,
      { kind: 'weekly', days: ['MO'], startTime: '09:30', endTime: '11:00', validTo: '2027-03-01' },
      '2027-01-15',
    );
    expect(winter).toMatchObject({
      byday: 'MO',
      valid_from: '2027-01-15',
      valid_to: '2027-03-01',
      until: '2027-03-01',
      opens_at: '09:30:00+02:00',
      timezone: 2,
    });
  });

  it('maps listed dates to one schedule each, valid on that day only', () => {
    const schedules = toHsdsSchedules(
      's',
      activity.id,
      {
        kind: 'dates',
        dates: [
          { date: '2027-02-14', startTime: '12:00', endTime: '15:00' },
          { date: '2027-08-14', startTime: '12:00', endTime: '15:00' },
        ],
        note: 'Bring a friend.',
      },
      '2027-01-15',
    );
    expect(schedules).toHaveLength(2);
    expect(schedules[0]).toMatchObject({
      valid_from: '2027-02-14',
      valid_to: '2027-02-14',
      dtstart: '2027-02-14',
      opens_at: '12:00:00+02:00',
      closes_at: '15:00:00+02:00',
      notes: 'Bring a friend.',
    });
    expect(schedules[1]).toMatchObject({ opens_at: '12:00:00+03:00', timezone: 3 });
    expect(schedules[0]).not.toHaveProperty('freq');
    expect(new Set(schedules.map((s) => s.id)).size).toBe(2);
    expect(helsinkiOffset('2027-10-31')).toBe('+02:00');
  });

  it('makes a service that the HSDS 3.0 schema accepts, in the reader’s language', () => {
    const service = toHsdsService(activity, org, context, now);
    expect(hsdsProblems('service', service)).toEqual([]);
    expect(service).toMatchObject({
      name: 'Homework club',
      status: 'temporarily closed',
      organization_id: hsdsId(org.id),
      organization: { id: hsdsId(org.id), organization_identifiers: [{ identifier: '1234567-1' }] },
    });
    expect(service.languages.map((l) => l.code)).toEqual(['so', 'fi', 'prs']);
    expect(service.service_at_locations.map((s) => s.location.location_type)).toEqual([
      'physical',
      'virtual',
    ]);
    expect(service.service_at_locations[0]?.location.addresses?.[0]).toMatchObject({
      city: 'Jyväskylä',
      state_province: 'Keski-Suomi',
      postal_code: '40100',
      country: 'FI',
    });
    expect(service.attributes.map((a) => `${a.link_type}:${a.taxonomy_term.code}`)).toEqual([
      'kaiutin-tray-category:support',
      'kaiutin-tray-level:local',
      'kaiutin-target-group:children',
      'kaiutin-target-group:families',
      'kaiutin-topic:education',
    ]);
    const fee = toHsdsService(
      { ...activity, cost: { free: false, fee: '5 € a time' }, status: 'ended' },
      undefined,
      { ...context, language: 'ar' },
      now,
    );
    expect(hsdsProblems('service', fee)).toEqual([]);
    expect(fee).toMatchObject({ name: 'Läksykerho', status: 'defunct', fees_description: '5 € a time' });
  });

  it('refuses what HSDS refuses: a status outside its enum, a time without its offset, a bad date', () => {
    const service = toHsdsService(activity, org, context, now);
    const [schedule] = service.schedules;
    expect(hsdsProblems('service', { ...service, status: 'paused' })).not.toEqual([]);
    expect(hsdsProblems('service', { ...service, id: 'demo-1' })).not.toEqual([]);
    expect(hsdsProblems('service', { ...service, schedules: [{ ...schedule, freq: 'DAILY' }] })).not.toEqual(
      [],
    );
    expect(
      hsdsProblems('service', { ...service, schedules: [{ ...schedule, opens_at: '17:00' }] }),
    ).not.toEqual([]);
    expect(
      hsdsProblems('service', { ...service, schedules: [{ ...schedule, valid_from: '1.6.2027' }] }),
    ).not.toEqual([]);
    const { name: _, ...nameless } = service;
    expect(hsdsProblems('service', nameless)).not.toEqual([]);
  });

  it('pages as HSDS lists', () => {
    const list = hsdsPage([1, 2], 5, 3, 2);
    expect(list).toEqual({
      total_items: 5,
      total_pages: 3,
      page_number: 3,
      size: 2,
      first_page: false,
      last_page: true,
      empty: false,
      contents: [1, 2],
    });
    expect(hsdsListProblems('organization', hsdsPage([], 0, 1, 50), 50)).toEqual([]);
    expect(hsdsListProblems('organization', { ...hsdsPage([], 0, 1, 50), total_pages: 'one' })).not.toEqual(
      [],
    );
  });
});
