import { describe, expect, it } from 'vitest';
import type { Language } from '#shared/i18n/languages.ts';
import type { SourceKind } from '#shared/sources/kinds.ts';
import { finnishTime } from '#shared/sources/presets/finnish-time.ts';
import { readSourceItems } from '#shared/sources/presets/index.ts';
import { sourceItem } from '#shared/sources/source.ts';
import { fixture, refusal } from '../support/source-fixtures.ts';

/** The fixtures' dates are read as of this time, so they never expire. */
const readAt = new Date('2026-12-01T10:00:00Z');

/** Reads a fixture as the poll would, further documents served from the fixtures under `/files/`. */
async function read(kind: SourceKind, url: string, document: string, language: Language = 'fi') {
  const fetched: string[] = [];
  const base = new URL(url).origin;
  const items = await readSourceItems(kind, document, {
    url,
    language,
    now: readAt,
    fetchMore: async (more) => {
      fetched.push(more);
      const name = /\/files\/([\w.-]+)/.exec(new URL(more).pathname)?.[1];
      if (!name) throw new Error(`No fixture at ${more}`);
      return fixture(name, { base });
    },
  });
  for (const item of items) expect(sourceItem.safeParse(item).success, item.externalId).toBe(true);
  return { items, fetched };
}

describe('Finnish times', () => {
  it('reads offsets as given, and times without one as Finnish local time across daylight saving', () => {
    expect(finnishTime('2031-01-15T16:00:00+02:00')).toBe('2031-01-15T14:00:00.000Z');
    expect(finnishTime('2031-06-30T21:00:00Z')).toBe('2031-06-30T21:00:00.000Z');
    expect(finnishTime('2031-03-29T12:00:00')).toBe('2031-03-29T10:00:00.000Z');
    expect(finnishTime('2031-03-31T12:00:00')).toBe('2031-03-31T09:00:00.000Z');
    expect(finnishTime('2031-10-27T16:15:00')).toBe('2031-10-27T14:15:00.000Z');
    expect(finnishTime('2026-11-27T14:02:41.58')).toBe('2026-11-27T12:02:41.000Z');
    expect(finnishTime('2026-11-02')).toBe('2026-11-01T22:00:00.000Z');
    expect(finnishTime('/Date(1796000000000)/')).toBe('2026-11-30T00:53:20.000Z');
    expect(finnishTime('/Date(1796000000000+0200)/')).toBe('2026-11-30T00:53:20.000Z');
  });

  it('makes a day alone (or its midnight) the end of that day when asked, and refuses what is no time', () => {
    expect(finnishTime('2031-03-28T00:00:00', { endOfDay: true })).toBe('2031-03-28T21:59:59.000Z');
    expect(finnishTime('2031-03-31', { endOfDay: true })).toBe('2031-03-31T20:59:59.000Z');
    expect(finnishTime('2031-03-31T16:15:00', { endOfDay: true })).toBe('2031-03-31T13:15:00.000Z');
    for (const bad of ['', 'pian', '2031-13-01', '31.3.2031', 42]) expect(finnishTime(bad)).toBeUndefined();
  });
});

describe('Kerrokantasi', () => {
  const api = 'https://kerrokantasi.api.hel.fi/v1/hearing/?open=true';
  const first = fixture('kerrokantasi.json', { base: 'https://kerrokantasi.api.hel.fi' });

  it('reads every page, each open hearing as a hearing with its deadline, languages, page and organisation', async () => {
    const { items, fetched } = await read('kerrokantasi', api, first);
    expect(fetched).toEqual([
      'https://kerrokantasi.api.hel.fi/files/kerrokantasi-2.json?type=application%2Fjson&limit=2&offset=2&open=true',
    ]);
    // The ended hearing is left out; the one closed before its deadline is there, cancelled.
    expect(items.map((i) => i.externalId)).toEqual([
      'qFz7cQ1sVhR0dWkYbN3pL8eTgXa2M5uJ',
      'Lw9nB2xKq4TzR7yHc1VdP6sJm8fGa3Ue',
      'Nb4vC7xZ1aS8dF5gH2jK9lQ6wE3rT0yU',
      'Pq2wE4rT6yU8iO0pA1sD3fG5hJ7kL9zX',
    ]);
    expect(items[0]).toEqual({
      externalId: 'qFz7cQ1sVhR0dWkYbN3pL8eTgXa2M5uJ',
      kind: 'hearing',
      language: 'fi',
      title: 'Pyöräilyn kehittämisohjelma 2031–2035',
      summary:
        'Kaupunki valmistelee "Pyöräilyn kehittämisohjelmaa" & kysyy asukkailta, mitä reittejä parannetaan ensin.\n\nKerro kantasi 15.1.2031 mennessä.',
      translations: {
        sv: {
          title: 'Utvecklingsprogram för cykling 2031–2035',
          summary:
            'Staden bereder ett utvecklingsprogram för cykling och frågar invånarna vilka rutter som ska förbättras först.',
        },
        en: {
          title: 'Cycling development programme 2031–2035',
          summary: 'The city is preparing a cycling programme – which routes should be improved first?',
        },
      },
      url: 'https://kerrokantasi.hel.fi/pyorailyn-kehittamisohjelma',
      publishedAt: '2026-11-16T06:00:00.000Z',
      statementDeadline: '2031-01-15T14:00:00.000Z',
      organ: 'Kaupunkiympäristön toimiala',
    });
    expect(items[1]).toMatchObject({
      language: 'fi',
      translations: { sv: { title: 'Utvidgning av språkbadsundervisningen i skolorna' } },
      statementDeadline: '2031-06-30T21:00:00.000Z',
      url: 'https://kerrokantasi.hel.fi/kielikylpy-laajennus',
    });
    expect(Object.keys(items[1]?.translations ?? {})).toEqual(['sv']);
    expect(items[2]).toMatchObject({ cancelled: true, statementDeadline: '2031-02-28T14:00:00.000Z' });
    // No Finnish text: the first language given is the original; no organisation, none kept.
    expect(items[3]).toMatchObject({
      language: 'sv',
      title: 'Ny simhall i Nordsjö',
      translations: { en: { title: 'A new swimming hall in Vuosaari' } },
      statementDeadline: '2031-03-31T20:59:00.000Z',
    });
    expect(items[3]).not.toHaveProperty('organ');
    expect(
      items.every((i) => i.cancelled === undefined || i.externalId === 'Nb4vC7xZ1aS8dF5gH2jK9lQ6wE3rT0yU'),
    ).toBe(true);
  });

  it("takes the source's language as the original when the hearing has it", async () => {
    const { items } = await read('kerrokantasi', api, first, 'sv');
    expect(items[0]).toMatchObject({
      language: 'sv',
      title: 'Utvecklingsprogram för cykling 2031–2035',
      translations: { fi: { title: 'Pyöräilyn kehittämisohjelma 2031–2035' }, en: expect.any(Object) },
    });
  });

  it('keeps the site an API on its own host names, and reads an http next page of an https API over https', async () => {
    const page = JSON.stringify({
      count: 1,
      next: 'http://kerrokantasi.example.fi/files/kerrokantasi-2.json?offset=2',
      previous: null,
      results: [JSON.parse(first).results[0]],
    });
    const { items, fetched } = await read(
      'kerrokantasi',
      'https://kerrokantasi.example.fi/v1/hearing/',
      page,
    );
    expect(fetched).toEqual(['https://kerrokantasi.example.fi/files/kerrokantasi-2.json?offset=2']);
    expect(items[0]?.url).toBe('https://kerrokantasi.example.fi/pyorailyn-kehittamisohjelma');
  });

  it('refuses a next page on another host, and stops at a page that links back', async () => {
    const elsewhere = first.replace('https://kerrokantasi.api.hel.fi/files/', 'https://evil.example/files/');
    const refused = await refusal(() => read('kerrokantasi', api, elsewhere));
    expect(refused.code).toBe('unexpected_document');
    expect(refused.message).toContain('evil.example');
    const looping = JSON.stringify({ ...JSON.parse(first), next: api });
    expect((await read('kerrokantasi', api, looping)).fetched).toEqual([]);
  });

  it('imports a hearing closed only because it has not opened yet, and ends paging at 200 hearings', async () => {
    const hearing = JSON.parse(first).results[0];
    const upcoming = { ...hearing, id: 'upcoming', closed: true, open_at: '2031-01-01T08:00:00+02:00' };
    const early = await read(
      'kerrokantasi',
      api,
      JSON.stringify({ count: 1, next: null, results: [upcoming] }),
    );
    expect(early.items).toEqual([expect.not.objectContaining({ cancelled: true })]);

    const pageOf = (n: number) =>
      JSON.stringify({
        count: 300,
        next: `https://kerrokantasi.api.hel.fi/v1/hearing/?limit=50&offset=${(n + 1) * 50}`,
        results: Array.from({ length: 50 }, (_, i) => ({ ...hearing, id: `h${n * 50 + i}` })),
      });
    const asked: string[] = [];
    const items = await readSourceItems('kerrokantasi', pageOf(0), {
      url: api,
      language: 'fi',
      now: readAt,
      fetchMore: async (url) => {
        asked.push(url);
        return pageOf(asked.length);
      },
    });
    expect(items).toHaveLength(200);
    expect(asked).toHaveLength(3);
  });

  it('says what is wrong with a document that is not a hearing list', async () => {
    expect((await refusal(() => read('kerrokantasi', api, '<html>'))).code).toBe('not_json');
    const single = await refusal(() =>
      read('kerrokantasi', api, JSON.stringify(JSON.parse(first).results[0])),
    );
    expect(single.code).toBe('unexpected_document');
    expect(single.message).toContain('"results"');
  });
});

describe('Lausuntopalvelu.fi', () => {
  const api =
    'https://www.lausuntopalvelu.fi/api/v1/Lausuntopalvelu.svc/Proposals?$orderby=PublishedOn%20desc&$top=50';
  const feed = fixture('lausuntopalvelu.atom');

  it('reads each open proposal as a consultation with a day-end deadline in Finnish time, its register number and ministry', async () => {
    const { items } = await read('lausuntopalvelu', api, feed);
    // The proposal whose deadline has passed is left out.
    expect(items.map((i) => i.externalId)).toEqual([
      '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      'a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d',
      'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
    ]);
    expect(items[0]).toEqual({
      externalId: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      kind: 'consultation',
      title: 'Luonnos hallituksen esitykseksi sosiaalihuoltolain muuttamisesta',
      summary:
        'VN/6671/2026\n\nEsityksessä ehdotetaan, että kotoutumista tukevat palvelut kirjattaisiin sosiaalihuoltolakiin.\n\nLausunnot pyydetään 31.3.2031 mennessä & ne julkaistaan.',
      url: 'https://www.lausuntopalvelu.fi/FI/Proposal/Participation?proposalId=6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      publishedAt: '2026-11-20T07:15:00.000Z',
      // 31.3.2031 is in summer time (+03:00), 28.3.2031 still in winter time (+02:00).
      statementDeadline: '2031-03-31T20:59:59.000Z',
      organ: 'Sosiaali- ja terveysministeriö',
    });
    expect(items[1]).toMatchObject({
      statementDeadline: '2031-03-28T21:59:59.000Z',
      organ: 'Valtiovarainministeriö',
      summary: 'VN/7012/2026\n\nValtionosuuksien laskentaperusteita yksinkertaistetaan.',
    });
    // A deadline with a time keeps it; no register number and no goals, no summary.
    expect(items[2]).toMatchObject({ statementDeadline: '2031-10-27T14:15:00.000Z' });
    expect(items[2]).not.toHaveProperty('summary');
    expect(items.every((i) => i.language === undefined)).toBe(true);
  });

  it('knows a proposal again whatever case its GUID is written in, and reads one proposal on its own', async () => {
    const moved = await read('lausuntopalvelu', api, fixture('lausuntopalvelu-moved.atom'));
    expect(moved.items[0]).toMatchObject({
      externalId: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      statementDeadline: '2031-04-14T20:59:59.000Z',
    });
    const entry = /<entry>[\s\S]*?<\/entry>/.exec(feed)?.[0] ?? '';
    const namespaced = entry.replace(
      '<entry>',
      '<entry xmlns="http://www.w3.org/2005/Atom" xmlns:d="http://schemas.microsoft.com/ado/2007/08/dataservices" xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata">',
    );
    const one = await read('lausuntopalvelu', api, `<?xml version="1.0" encoding="utf-8"?>${namespaced}`);
    expect(one.items.map((i) => i.externalId)).toEqual(['6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f']);
  });

  it('refuses entity declarations, broken XML and Atom that carries no proposals', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaa">]>${feed.slice(feed.indexOf('<feed'))}`;
    expect((await refusal(() => read('lausuntopalvelu', api, bomb))).code).toBe('entities_refused');
    expect((await refusal(() => read('lausuntopalvelu', api, feed.slice(0, 2000)))).code).toBe('not_xml');
    const news = fixture('news.atom');
    expect((await refusal(() => read('lausuntopalvelu', api, news))).code).toBe('unexpected_document');
    expect((await refusal(() => read('lausuntopalvelu', api, '<rss version="2.0"/>'))).code).toBe(
      'unexpected_document',
    );
  });
});

describe('Kuntalaisaloite.fi', () => {
  const api = 'https://www.kuntalaisaloite.fi/api/v1/initiatives?municipality=410&orderBy=latest&limit=50';
  const list = fixture('kuntalaisaloite.json');

  it('reads the initiatives open for support as initiatives, with their page and municipality', async () => {
    const { items } = await read('kuntalaisaloite', api, list);
    // One sent straight to the municipality and one already sent take no supporters: left out.
    expect(items).toEqual([
      {
        externalId: '3041',
        kind: 'initiative',
        title: 'Uimahallin aukioloaikoja pidennettävä viikonloppuisin',
        url: 'https://www.kuntalaisaloite.fi/fi/aloite/3041',
        publishedAt: '2026-11-01T22:00:00.000Z',
        organ: 'Laukaa',
      },
      {
        externalId: '3057',
        kind: 'initiative',
        title: 'Selkokielinen tiedotus kunnan verkkosivuille & ilmoitustaululle',
        url: 'https://www.kuntalaisaloite.fi/fi/aloite/3057',
        publishedAt: '2026-06-14T21:00:00.000Z',
        organ: 'Laukaa',
      },
    ]);
  });

  it('links a Swedish source to the Swedish page, and reads the proposal of one initiative', async () => {
    const swedish = await read('kuntalaisaloite', api, list, 'sv');
    expect(swedish.items[0]).toMatchObject({
      url: 'https://www.kuntalaisaloite.fi/sv/initiativ/3041',
      organ: 'Laukas',
    });
    const one = await read(
      'kuntalaisaloite',
      'https://www.kuntalaisaloite.fi/api/v1/initiatives/3041',
      fixture('kuntalaisaloite-3041.json'),
    );
    expect(one.items).toEqual([
      expect.objectContaining({
        externalId: '3041',
        summary:
          'Esitämme, että uimahalli on auki lauantaisin ja sunnuntaisin klo 8–20.\n\nNykyiset aukioloajat eivät sovi vuorotyötä tekeville.',
      }),
    ]);
    const noUrl = JSON.stringify([{ ...JSON.parse(list)[0], url: null }]);
    expect((await read('kuntalaisaloite', api, noUrl)).items[0]?.url).toBe(
      'https://www.kuntalaisaloite.fi/fi/aloite/3041',
    );
  });

  it('never takes a link that is not http(s): a hostile page gets the built address instead', async () => {
    const hostile = JSON.stringify([
      { ...JSON.parse(list)[0], url: { fi: 'javascript:alert(document.cookie)', sv: 'data:text/html,x' } },
    ]);
    expect((await read('kuntalaisaloite', api, hostile)).items[0]?.url).toBe(
      'https://www.kuntalaisaloite.fi/fi/aloite/3041',
    );
  });

  it('says what is wrong with a document that is not a list of initiatives', async () => {
    expect((await refusal(() => read('kuntalaisaloite', api, '<html>'))).code).toBe('not_json');
    expect((await refusal(() => read('kuntalaisaloite', api, '{"data": []}'))).code).toBe(
      'unexpected_document',
    );
    expect((await refusal(() => read('kuntalaisaloite', api, '[{"title": "x"}]'))).code).toBe(
      'unexpected_document',
    );
  });
});
