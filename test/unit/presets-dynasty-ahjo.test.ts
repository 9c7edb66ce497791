import { describe, expect, it } from 'vitest';
import { finnishDate, finnishInstant } from '#shared/sources/presets/finnish-time.ts';
import { readSourceItems } from '#shared/sources/presets/index.ts';
import type { ReadContext } from '#shared/sources/presets/reader.ts';
import { UnreadableSource } from '#shared/sources/read-items.ts';
import { draftFields } from '#shared/sources/source.ts';
import { fixture, refusal } from '../support/source-fixtures.ts';

/** The fixtures' dates are read as of this time, so they never expire. */
const readAt = new Date('2026-12-01T10:00:00Z');

const context = (url: string, documents: Record<string, string> = {}) => {
  const asked: string[] = [];
  const read: ReadContext = {
    url,
    language: 'fi',
    now: readAt,
    fetchMore: async (more) => {
      asked.push(more);
      const name = Object.entries(documents).find(([part]) => more.includes(part))?.[1];
      if (!name) throw new UnreadableSource('http_status', 'The address answered HTTP 404.', { status: 404 });
      return fixture(name, { type: 'application/json' });
    },
  };
  return { read, asked };
};

const dynasty = (name: string) =>
  readSourceItems(
    'dynasty',
    fixture(name, { type: 'text/xml' }),
    context('https://laukaa.oncloudos.com/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30').read,
  );

describe('the Dynasty preset', () => {
  it('reads each item as its body, meeting date and matter, decoded from ISO-8859-1 with Windows-1252 punctuation, its :443 link kept', async () => {
    const items = await dynasty('dynasty.rss');
    expect(items.map((i) => i.title)).toEqual([
      'Kunnanhallitus: Äidinkielen ja kirjallisuuden opetuksen järjestäminen',
      'Kunnanhallitus: Kotoutumisohjelma 2026–2029',
      'Ympäristö- ja rakennuslautakunta: Hulevesiohjelman päivitys',
      'Sivistyslautakunta: Koulukuljetusten periaatteet 2026–2027',
    ]);
    expect(items[0]).toEqual({
      externalId: 'dynasty:kunnanhallitus/äidinkielen ja kirjallisuuden opetuksen järjestäminen',
      title: 'Kunnanhallitus: Äidinkielen ja kirjallisuuden opetuksen järjestäminen',
      // The explicit :443 is the default port of https: the same address, written without it.
      url: 'https://laukaa.oncloudos.com/cgi/DREQUEST.PHP?page=meetingitem&id=20261-5',
      decisionDate: '2026-01-12',
      organ: 'Kunnanhallitus',
    });
    // The description repeats the title or the matter: no summary then; HTML becomes plain text.
    expect(items.map((i) => i.summary)).toEqual([
      undefined,
      'Kunnanhallitus esittää valtuustolle “Yhdessä Laukaassa” -ohjelman hyväksymistä.\n\nOhjelma koskee järjestöjä & kielikoulutusta.',
      undefined,
      undefined,
    ]);
    expect(items.map((i) => i.decisionDate)).toEqual([
      '2026-01-12',
      '2026-01-12',
      '2026-01-14',
      '2026-01-15',
    ]);
    expect(draftFields(items[0] as (typeof items)[0], 'fi')).toMatchObject({
      kind: 'upcoming-decision',
      decisionDate: '2026-01-12',
      links: [{ url: 'https://laukaa.oncloudos.com/cgi/DREQUEST.PHP?page=meetingitem&id=20261-5' }],
    });
  });

  it('keeps a matter handled again at a later meeting the same item, at its latest meeting, whatever its item id', async () => {
    const [before] = await dynasty('dynasty.rss');
    const later = await dynasty('dynasty-later.rss');
    expect(later).toHaveLength(5);
    const moved = later.find((i) => i.externalId === before?.externalId);
    expect(moved).toMatchObject({
      decisionDate: '2026-01-26',
      url: 'https://laukaa.oncloudos.com/cgi/DREQUEST.PHP?page=meetingitem&id=20264-3',
    });
    expect(later.filter((i) => i.title === before?.title)).toHaveLength(1);
  });

  it('reads the meetings and the officials’ decisions feeds too: a meeting is its body and date', async () => {
    expect(await dynasty('dynasty-meetings.rss')).toEqual([
      expect.objectContaining({
        externalId: 'dynasty:kunnanhallitus@2026-01-12',
        title: 'Kunnanhallitus 12.01.2026',
        organ: 'Kunnanhallitus',
        decisionDate: '2026-01-12',
        url: 'https://laukaa.oncloudos.com/cgi/DREQUEST.PHP?page=meeting&id=20261',
      }),
      expect.objectContaining({ title: 'Ympäristö- ja rakennuslautakunta 14.01.2026' }),
    ]);
    expect((await dynasty('dynasty-decisions.rss')).map((i) => [i.organ, i.title, i.decisionDate])).toEqual([
      ['Tekninen johtaja', 'Tekninen johtaja: Katuvalojen huoltourakan hankinta', '2026-01-08'],
      ['Sivistysjohtaja', 'Sivistysjohtaja: Esiopetuksen järjestämispaikat', '2026-01-09'],
    ]);
  });

  it('takes no impossible date for a meeting date: such an item is kept as the feed gives it', async () => {
    const feed = (date: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><item><title><![CDATA[Kunnanhallitus ${date} / Kaavoitus]]></title><link>https://laukaa.oncloudos.com/cgi/DREQUEST.PHP?page=meetingitem&amp;id=1-2</link></item><item><title><![CDATA[Kunnanhallitus 02.02.2026 / Tiet]]></title><link>https://laukaa.oncloudos.com/cgi/DREQUEST.PHP?page=meetingitem&amp;id=1-3</link></item></channel></rss>`;
    const ctx = context('https://laukaa.oncloudos.com/cgi/DREQUEST.PHP?page=rss/meetingitems').read;
    const items = await readSourceItems('dynasty', feed('31.02.2026'), ctx);
    expect(items.map((i) => [i.title, i.decisionDate])).toEqual([
      ['Kunnanhallitus 31.02.2026 / Kaavoitus', undefined],
      ['Kunnanhallitus: Tiet', '2026-02-02'],
    ]);
  });

  it('refuses what Dynasty does not publish, with the feed checks of RSS', async () => {
    const ctx = context('https://example.fi/feed').read;
    expect(await refusal(() => readSourceItems('dynasty', fixture('agenda.rss'), ctx))).toMatchObject({
      code: 'unexpected_document',
      message: expect.stringContaining('<Body> DD.MM.YYYY / <Matter>'),
    });
    expect(await refusal(() => readSourceItems('dynasty', fixture('broken.rss'), ctx))).toMatchObject({
      code: 'not_xml',
    });
    const entities = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><rss version="2.0"><channel/></rss>';
    expect(await refusal(() => readSourceItems('dynasty', entities, ctx))).toMatchObject({
      code: 'entities_refused',
    });
  });
});

describe('Helsinki time', () => {
  it('turns Helsinki wall-clock times into UTC by the time-zone database, on both sides of each daylight-saving change', () => {
    const utc = (...args: [number, number, number, number, number]) => finnishInstant(...args).toISOString();
    expect(utc(2026, 3, 28, 16, 0)).toBe('2026-03-28T14:00:00.000Z');
    // Summer time began at 03:00 on Sunday 29 March 2026.
    expect(utc(2026, 3, 29, 2, 30)).toBe('2026-03-29T00:30:00.000Z');
    expect(utc(2026, 3, 29, 4, 0)).toBe('2026-03-29T01:00:00.000Z');
    expect(utc(2026, 3, 30, 16, 0)).toBe('2026-03-30T13:00:00.000Z');
    // And ended at 04:00 on Sunday 25 October 2026.
    expect(utc(2026, 10, 24, 18, 0)).toBe('2026-10-24T15:00:00.000Z');
    expect(utc(2026, 10, 26, 18, 0)).toBe('2026-10-26T16:00:00.000Z');
    expect(finnishDate(Date.parse('2026-06-30T21:30:00Z'))).toBe('2026-07-01');
    expect(finnishDate(Date.parse('2026-12-31T21:59:00Z'))).toBe('2026-12-31');
  });
});

describe('the Ahjo preset', () => {
  const publicUrl = 'https://paatokset.hel.fi/fi/ahjo_api/meetings?from=2026-01-01&to=2026-06-30';

  it('reads paatokset.hel.fi’s meetings as upcoming decisions, in UTC, with the other languages as translations (a failing one left out)', async () => {
    const { read, asked } = context(publicUrl, { '/sv/': 'ahjo-sv.json' });
    const items = await readSourceItems('ahjo', fixture('ahjo.json', { type: 'application/json' }), read);
    expect(asked).toEqual([
      'https://paatokset.hel.fi/sv/ahjo_api/meetings?from=2026-01-01&to=2026-06-30',
      'https://paatokset.hel.fi/en/ahjo_api/meetings?from=2026-01-01&to=2026-06-30',
    ]);
    expect(items).toEqual([
      {
        externalId: 'ahjo:meeting:00400@2026-01-26T16:00',
        title: 'Kaupunginhallituksen kokous 26.1.2026',
        url: 'https://paatokset.hel.fi/fi/paattajat/00400/2026-01-26',
        language: 'fi',
        decisionDate: '2026-01-26',
        meetingAt: '2026-01-26T14:00:00.000Z',
        organ: 'Kaupunginhallitus',
        translations: { sv: { title: 'Stadsstyrelsens sammanträde 26.1.2026' } },
      },
      expect.objectContaining({
        title: 'Kasvatus- ja koulutuslautakunnan kokous 10.2.2026',
        meetingAt: '2026-02-10T15:00:00.000Z',
      }),
      expect.objectContaining({
        title: 'Kaupunginvaltuuston kokous 1.4.2026',
        decisionDate: '2026-04-01',
        // Summer time: three hours ahead of UTC.
        meetingAt: '2026-04-01T15:00:00.000Z',
        translations: { sv: { title: 'Stadsfullmäktiges sammanträde 1.4.2026' } },
      }),
    ]);
    expect(draftFields(items[0] as (typeof items)[0], 'fi')).toMatchObject({
      originalLanguage: 'fi',
      texts: {
        fi: { title: 'Kaupunginhallituksen kokous 26.1.2026' },
        sv: { title: 'Stadsstyrelsens sammanträde 26.1.2026' },
      },
      meetingAt: '2026-01-26T14:00:00.000Z',
    });
  });

  it('keeps a moved meeting the same item with its new time, and marks a cancelled one', async () => {
    const { read } = context(publicUrl, { '/sv/': 'ahjo-sv-later.json' });
    const items = await readSourceItems(
      'ahjo',
      fixture('ahjo-later.json', { type: 'application/json' }),
      read,
    );
    expect(items[0]).toMatchObject({
      externalId: 'ahjo:meeting:00400@2026-01-26T16:00',
      decisionDate: '2026-01-27',
      meetingAt: '2026-01-27T12:00:00.000Z',
      translations: { sv: { title: 'Stadsstyrelsens sammanträde 27.1.2026' } },
    });
    expect(items[1]).toMatchObject({ externalId: 'ahjo:meeting:u320200@2026-02-10T17:00', cancelled: true });
    expect(items[1]?.url).toBeUndefined();
  });

  it('reads the address without a language as that one document, in the source’s language', async () => {
    const { read, asked } = context('https://proxy.example.fi/ahjo/meetings.json');
    const items = await readSourceItems('ahjo', fixture('ahjo-sv.json', { type: 'application/json' }), read);
    expect(asked).toEqual([]);
    expect(items.map((i) => [i.title, i.language, i.meetingAt])).toEqual([
      ['Stadsstyrelsens sammanträde 26.1.2026', 'fi', '2026-01-26T14:00:00.000Z'],
      ['Fostrans- och utbildningsnämndens sammanträde 10.2.2026', 'fi', '2026-02-10T15:00:00.000Z'],
      ['Stadsfullmäktiges sammanträde 1.4.2026', 'fi', '2026-04-01T15:00:00.000Z'],
    ]);
  });

  it('reads the REST API’s agendas: one item per case, at its latest meeting, Finnish and Swedish records merged, Helsinki times in UTC', async () => {
    const { read } = context('https://ahjo.example.fi/ahjorest/v1/meetings?start=2026-01-01');
    const items = await readSourceItems(
      'ahjo',
      fixture('ahjo-rest.json', { type: 'application/json' }),
      read,
    );
    expect(items.map((i) => i.externalId)).toEqual([
      'ahjo:case:HEL-2025-001216',
      'ahjo:case:HEL-2026-000100',
      'ahjo:case:HEL-2026-000321',
      'ahjo:case:HEL-2026-000555',
    ]);
    expect(items[0]).toEqual({
      externalId: 'ahjo:case:HEL-2025-001216',
      title: 'Kotoutumisen kaupunkitasoinen ohjelma 2026–2029',
      summary: 'Asia palautettiin uudelleen valmisteltavaksi ja käsitellään uudelleen.',
      url: 'https://paatokset.hel.fi/fi/asia/hel-2025-001216',
      language: 'fi',
      translations: {
        sv: {
          title: 'Stadsomfattande integrationsprogram 2026–2029',
          summary: 'Ärendet återremitterades och behandlas på nytt.',
        },
      },
      // "2026-03-30T16:00:00.000", the day after summer time began: UTC+3.
      decisionDate: '2026-03-30',
      meetingAt: '2026-03-30T13:00:00.000Z',
      organ: 'Kaupunginhallitus',
    });
    expect(items[1]).toMatchObject({
      summary: 'Esitys\n\nToimintamalli & sen seuranta.',
      // "2026-02-09T16:00:00.000", winter: UTC+2.
      meetingAt: '2026-02-09T14:00:00.000Z',
      decisionDate: '2026-02-09',
    });
    expect(items[2]?.translations).toEqual({
      sv: { title: 'Utveckling av en flerspråkig bibliotekstjänst' },
    });
    expect(items[3]).toMatchObject({ cancelled: true, organ: 'Kasvatus- ja koulutuslautakunta' });
  });

  it('reads a Swedish-language source’s REST records with Swedish as the original', async () => {
    const read = { ...context('https://ahjo.example.fi/ahjorest/v1/meetings').read, language: 'sv' as const };
    const [first] = await readSourceItems(
      'ahjo',
      fixture('ahjo-rest.json', { type: 'application/json' }),
      read,
    );
    expect(first).toMatchObject({
      title: 'Stadsomfattande integrationsprogram 2026–2029',
      language: 'sv',
      url: 'https://paatokset.hel.fi/sv/arende/hel-2025-001216',
      organ: 'Stadsstyrelsen',
      translations: { fi: { title: 'Kotoutumisen kaupunkitasoinen ohjelma 2026–2029' } },
    });
  });

  it('refuses what Ahjo does not publish', async () => {
    const { read } = context(publicUrl);
    expect(await refusal(() => readSourceItems('ahjo', '<rss/>', read))).toMatchObject({ code: 'not_json' });
    expect(await refusal(() => readSourceItems('ahjo', '{"results": []}', read))).toMatchObject({
      code: 'unexpected_document',
    });
    expect(await readSourceItems('ahjo', '{"meetings": []}', read)).toEqual([]);
  });
});
