import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type Client, signedInCoordinator, signIn, uniqueEmail } from '../support/people.ts';

const { baseUrl } = inject('runtime');
let consultationId: string;
let bodyId: string;

beforeAll(async () => {
  const coordinator: Client = await signedInCoordinator();
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'board',
      municipality: 'Petäjävesi',
      name: { fi: 'Petäjäveden kunnanhallitus' },
      submissionEmail: 'k@example.org',
    })
  ).json.id;
  const email = uniqueEmail('feed-officer');
  await coordinator.post(`/api/bodies/${bodyId}/officers`, { email });
  const officer = await signIn(email);
  const { json } = await officer.post('/api/consultations', {
    bodyId,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: {
      fi: { title: 'Kirjaston aukioloajat & "lauantait" < 10', summary: 'Aukioloaikoja muutetaan.' },
      en: {
        title: 'Library opening hours',
        summary: 'Opening hours change.',
        plainSummary: 'The library opens later.',
      },
    },
    topics: ['culture-leisure'],
    statementDeadline: '2031-05-04T12:00:00Z',
    contact: { name: 'V', email: 'v@example.org' },
  });
  await officer.post(`/api/consultations/${json.id}/publish`);
  consultationId = json.id;
});

describe('feeds', () => {
  it('give an Atom feed that a feed parser reads, in the language asked, filtered by body and topic', async () => {
    const response = await fetch(`${baseUrl}/api/feeds/consultations.atom?body=${bodyId}&lang=en`);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parseFeed(await response.text());
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      title: 'Library opening hours',
      url: `${baseUrl}/consultations/${consultationId}`,
      description: 'The library opens later.',
    });
    expect(feed.items[0]?.authors[0]?.name).toBe('Petäjäveden kunnanhallitus');

    const finnish = parseFeed(
      await (await fetch(`${baseUrl}/api/feeds/consultations.atom?body=${bodyId}`)).text(),
    );
    // Markup-like text is escaped in the XML and comes back as the same text.
    expect(finnish.items[0]?.title).toBe('Kirjaston aukioloajat & "lauantait" < 10');
    const otherTopic = parseFeed(
      await (await fetch(`${baseUrl}/api/feeds/consultations.atom?body=${bodyId}&topic=housing`)).text(),
    );
    expect(otherTopic.items).toHaveLength(0);
  });

  it('give an iCalendar feed of deadlines that a calendar parser reads', async () => {
    const response = await fetch(`${baseUrl}/api/feeds/deadlines.ics?body=${bodyId}&lang=en`);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events).toHaveLength(1);
    expect(events[0]?.summary).toBe('Library opening hours');
    expect(events[0]?.endDate.toJSDate().toISOString()).toBe('2031-05-04T12:00:00.000Z');
  });

  it('refuse an unknown topic with a clear message', async () => {
    const response = await fetch(`${baseUrl}/api/feeds/consultations.atom?topic=astrology`);
    expect(response.status).toBe(400);
    expect(
      ((await response.json()) as { error: { fields: { field: string }[] } }).error.fields[0]?.field,
    ).toBe('query.topic');
  });
});
