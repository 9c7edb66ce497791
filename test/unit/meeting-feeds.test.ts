import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingInvitationCalendar, meetingsCalendar } from '#shared/meetings/calendar.ts';
import { meetingsAtomFeed } from '#shared/meetings/feeds.ts';
import type { Meeting } from '#shared/meetings/meeting.ts';

const base = 'https://kaiutin.example';

const meeting = (id: string, changes: Partial<Meeting> = {}): Meeting => ({
  id,
  seriesId: 'series-1',
  hostOrganisationId: 'org-1',
  hostOrganisationName: 'Monikulttuuriyhdistys ry',
  title: `Verkostotapaaminen ${id}`,
  theme:
    'Nuorten osallisuus, ja työllisyys; pitkä teema joka ylittää iCalendarin 75 tavun rivin pituuden varmasti',
  language: 'fi',
  startsAt: '2031-03-12T08:00:00.000Z',
  endsAt: '2031-03-12T10:30:00.000Z',
  place: { address: 'Kauppakatu 1, Jyväskylä', directions: 'Toinen kerros' },
  capacity: 40,
  turnMinutes: 3,
  agenda: [
    { title: 'Uutiskierros', kind: 'news-round', minutes: 20, presenter: 'Puheenjohtaja' },
    { title: 'Kotoutumisohjelma', kind: 'presentation', minutes: 40 },
  ],
  checklist: {},
  status: 'published',
  createdBy: 'person-1',
  createdAt: '2030-12-01T10:00:00.000Z',
  updatedAt: '2031-01-05T10:00:00.000Z',
  publishedAt: '2031-01-05T10:00:00.000Z',
  version: 3,
  ...changes,
});

describe('a meeting as iCalendar (RFC 5545)', () => {
  it('is one published event in UTC with a stable UID, folded lines and CRLF endings', () => {
    const ics = meetingInvitationCalendar(meeting('m1'), 'fi', base);
    const lines = ics.split('\r\n');
    expect(ics.replaceAll('\r\n', '')).not.toContain('\n');
    // Every line is at most 75 octets; a longer one is folded onto lines starting with a space.
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(lines).toContain('METHOD:PUBLISH');

    const calendar = new ICAL.Component(ICAL.parse(ics));
    const [event, ...more] = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(more).toHaveLength(0);
    expect(event?.uid).toBe('meeting-m1@kaiutin');
    expect(lines).toContain('DTSTART:20310312T080000Z');
    expect(lines).toContain('DTEND:20310312T103000Z');
    expect(event?.location).toBe('Kauppakatu 1, Jyväskylä');
    expect(event?.sequence).toBe(3);
    expect(event?.description).toContain('10.00–10.20 Uutiskierros (uutiskierros, Puheenjohtaja)');
    expect(event?.description).toContain('10.20–11.00 Kotoutumisohjelma (esitys)');
    expect(event?.description).toContain(`${base}/meetings/m1`);
    expect(event?.component.getFirstPropertyValue('url')).toBe(`${base}/meetings/m1`);
  });

  it('gives a feed of events, leaving out a meeting without a time, the link as the place of one held online', () => {
    const ics = meetingsCalendar(
      [
        meeting('m1'),
        meeting('m2', { place: undefined, onlineUrl: 'https://meet.example/x' }),
        meeting('m3', { startsAt: undefined, endsAt: undefined }),
      ],
      { language: 'en', publicBaseUrl: base, selfUrl: `${base}/api/feeds/meetings.ics` },
    );
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.uid)).toEqual(['meeting-m1@kaiutin', 'meeting-m2@kaiutin']);
    expect(events[1]?.location).toBe('https://meet.example/x');
    expect(events[0]?.description).toContain('10:00–10:20 Uutiskierros (news round, Puheenjohtaja)');
  });
});

describe('meetings as Atom (RFC 4287)', () => {
  it('lists the newest change first, with its page, host and when and where', () => {
    const atom = meetingsAtomFeed(
      [
        meeting('old', { updatedAt: '2031-01-01T00:00:00.000Z' }),
        meeting('new', { updatedAt: '2031-02-01T00:00:00.000Z', title: 'Uusi & "parempi" <tapaaminen>' }),
      ],
      { language: 'en', publicBaseUrl: base, selfUrl: `${base}/api/feeds/meetings.atom` },
    );
    const feed = parseFeed(atom);
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.map((item) => item.url)).toEqual([`${base}/meetings/new`, `${base}/meetings/old`]);
    expect(feed.items[0]).toMatchObject({
      title: 'Uusi & "parempi" <tapaaminen>',
      id: 'urn:kaiutin:meeting:new:v3',
    });
    expect(feed.items[0]?.authors[0]?.name).toBe('Monikulttuuriyhdistys ry');
    expect(feed.items[0]?.description).toContain('March 12, 2031');
    expect(feed.items[0]?.description).toContain('Kauppakatu 1, Jyväskylä');
    expect(feed.updated?.toISOString()).toBe('2031-02-01T00:00:00.000Z');
  });
});
