import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument, isPrivateAddress } from '#shared/sources/fetch-document.ts';
import { plainText, readItems } from '#shared/sources/read-items.ts';
import {
  clip,
  contentHashOf,
  draftFields,
  isWanted,
  itemIdOf,
  nextPollAfter,
  sourceInput,
  suggestedTopics,
} from '#shared/sources/source.ts';
import { bundled } from '../support/bundled.ts';
import { fixture, refusal, startSourceFixtures } from '../support/source-fixtures.ts';

describe('reading agenda documents', () => {
  it('reads every fixture the same when bundled as deployed, where the feed parser shares its XML and entity readers with Kaiutin', async () => {
    const deployed = await bundled<typeof import('#shared/sources/read-items.ts')>(
      'shared/sources/read-items.ts',
    );
    const mapping = {
      items: 'objects',
      id: 'id',
      title: 'subject',
      summary: 'content.summary',
      published: 'last_modified_time',
    };
    const documents = [
      ['rss', fixture('agenda.rss')],
      ['atom', fixture('news.atom')],
      ['json', fixture('decisions.json')],
      [
        'rss',
        '<rss version="2.0"><channel><item><guid>1</guid><title>A &amp; B &eacute;</title></item></channel></rss>',
      ],
    ] as const;
    for (const [kind, document] of documents) {
      const items = readItems(kind, document, mapping);
      expect(items.length).toBeGreaterThan(0);
      expect(deployed.readItems(kind, document, mapping)).toEqual(items);
    }
    expect(deployed.plainText('<p>K&auml;rs&auml;m&auml;ki &lt;b&gt;</p>')).toBe('Kärsämäki ‹b>');
    expect(() => deployed.readItems('rss', fixture('broken.rss'))).toThrow(/line \d+/);
  });

  it('reads an RSS 2.0 agenda: ids, links, dates, and descriptions as plain text without scripts', () => {
    const items = readItems('rss', fixture('agenda.rss'));
    expect(items.map((i) => i.externalId)).toEqual([
      'dynasty-2026112-5',
      'dynasty-2026112-6',
      'dynasty-2026112-7',
    ]);
    expect(items[0]).toEqual({
      externalId: 'dynasty-2026112-5',
      title: 'Kaupunginhallitus 30.11.2026, § 5: Kotoutumisohjelma 2027–2030',
      url: 'https://paatokset.example.fi/dynasty/kokous/2026112/asia/5',
      summary:
        'Kaupunginhallitus esittää valtuustolle kotoutumisohjelman hyväksymistä.\n\nOhjelma koskee maahanmuuttajajärjestöjen kumppanuutta & kielikoulutusta.',
      publishedAt: '2026-11-23T06:00:00.000Z',
    });
    expect(items[1]?.summary).toBe('Koulukuljetusten periaatteet lukuvuodelle 2027–2028.');
  });

  it('reads an Atom feed with either kind of XML source', () => {
    const items = readItems('atom', fixture('news.atom'));
    expect(items.map((i) => [i.externalId, i.title])).toEqual([
      ['urn:example:hyvinvointialue:asia:2026-311', 'Perhekeskusten palveluverkko 2027'],
      ['urn:example:hyvinvointialue:asia:2026-312', 'Tulkkauspalvelujen hankinta'],
    ]);
    expect(items[0]?.summary).toBe('Aluehallitus käsittelee perhekeskusten verkkoa joulukuussa.');
    expect(readItems('rss', fixture('news.atom'))).toEqual(items);
  });

  it('reads a JSON API through its mapping, and skips items without an id or title', () => {
    const items = readItems('json', fixture('decisions.json'), {
      items: 'objects',
      id: 'id',
      title: 'subject',
      url: 'url',
      summary: 'content.summary',
      published: 'last_modified_time',
    });
    expect(items.map((i) => i.externalId)).toEqual(['HEL 2026-012345', '20260042']);
    expect(items[0]).toMatchObject({
      title: 'Monikielisen kirjastopalvelun kehittäminen',
      summary: 'Kulttuuri- ja vapaa-aikalautakunta valmistelee kirjastojen monikielisiä palveluja.',
      publishedAt: '2026-11-18T09:30:00.000Z',
    });
  });

  it('names what is wrong with a document it cannot read', async () => {
    expect(await refusal(() => readItems('rss', fixture('broken.rss')))).toMatchObject({ code: 'not_xml' });
    expect((await refusal(() => readItems('rss', fixture('broken.rss')))).message).toMatch(/line \d+/);
    expect((await refusal(() => readItems('rss', '<html><body>Hello</body></html>'))).code).toBe(
      'not_a_feed',
    );
    expect(
      (await refusal(() => readItems('json', '{"objects": [', { items: 'objects', id: 'id', title: 't' })))
        .code,
    ).toBe('not_json');
    expect(
      (await refusal(() => readItems('json', '{"data": {}}', { items: 'objects', id: 'id', title: 't' })))
        .message,
    ).toBe('The JSON has no list of items at "objects".');
  });

  it('refuses XML entity declarations, which could expand a small feed into gigabytes', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title></channel></rss>`;
    expect((await refusal(() => readItems('rss', bomb))).code).toBe('entities_refused');
  });

  it('keeps one item per id, ignores links that are not http(s), and reads at most 200 items', () => {
    const entries = Array.from({ length: 250 }, (_, i) => ({
      id: `a${i % 240}`,
      title: `T${i}`,
      url: 'javascript:alert(1)',
    }));
    const items = readItems('json', JSON.stringify(entries), {
      items: '',
      id: 'id',
      title: 'title',
      url: 'url',
    });
    expect(items).toHaveLength(200);
    expect(new Set(items.map((i) => i.externalId)).size).toBe(200);
    expect(items.every((i) => i.url === undefined)).toBe(true);
  });

  it('turns HTML into text that is never taken for HTML again', () => {
    expect(plainText('<p>Yksi</p><p>Kaksi<br>kolme</p><!-- x --><style>p{}</style>')).toBe(
      'Yksi\n\nKaksi\n\nkolme',
    );
    expect(plainText('&lt;script&gt;alert(1)&lt;/script&gt; a &lt; b')).toBe(
      '‹script>alert(1)‹/script> a ‹ b',
    );
  });
});

describe('source rules', () => {
  const source = {
    topics: ['democracy' as const],
    keywords: [] as string[],
    rules: [
      { keywords: ['koulu'], topics: ['education' as const] },
      { keywords: ['kotoutu', 'kieli'], topics: ['integration-services' as const, 'employment' as const] },
    ],
  };
  const item = (title: string, summary?: string) => ({
    externalId: title,
    title,
    ...(summary ? { summary } : {}),
  });

  it('suggests the topics of every matching rule, else the source topics', () => {
    expect(suggestedTopics(source, item('Koulukuljetukset'))).toEqual(['education']);
    expect(suggestedTopics(source, item('Ohjelma', 'Kotoutuminen ja koulutus'))).toEqual([
      'employment',
      'education',
      'integration-services',
    ]);
    expect(suggestedTopics(source, item('Katuvalot'))).toEqual(['democracy']);
  });

  it('imports everything without keywords, and with them only what mentions one, in any case', () => {
    expect(isWanted({ keywords: [] }, item('Katuvalot'))).toBe(true);
    expect(isWanted({ keywords: ['Kotoutuminen'] }, item('KOTOUTUMINEN 2027'))).toBe(true);
    expect(isWanted({ keywords: ['kotoutuminen'] }, item('Katuvalot'))).toBe(false);
  });

  it('waits the interval after a success, twice as long per failure, at most a day', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(nextPollAfter({ everyMinutes: 60 }, 0, now)).toBe('2026-11-23T11:00:00.000Z');
    expect(nextPollAfter({ everyMinutes: 60 }, 2, now)).toBe('2026-11-23T14:00:00.000Z');
    expect(nextPollAfter({ everyMinutes: 60 }, 40, now)).toBe('2026-11-24T10:00:00.000Z');
    expect(nextPollAfter({ everyMinutes: 3 * 24 * 60 }, 5, now)).toBe('2026-11-26T10:00:00.000Z');
  });

  it('keys items by a stable hash and notices changes to what is copied', () => {
    expect(itemIdOf('dynasty-1')).toBe(itemIdOf('dynasty-1'));
    expect(itemIdOf('dynasty-1')).toMatch(/^[0-9a-f]{32}$/);
    expect(contentHashOf(item('A', 'x'))).not.toBe(contentHashOf(item('A', 'y')));
  });

  it('clips long texts at a word and uses the title when there is no summary', () => {
    expect(clip('yksi kaksi kolme', 12)).toBe('yksi kaksi…');
    const draft = draftFields({ externalId: 'x', title: 'Otsikko', url: 'https://example.fi/1' }, 'sv');
    expect(draft).toEqual({
      kind: 'upcoming-decision',
      originalLanguage: 'sv',
      texts: { sv: { title: 'Otsikko', summary: 'Otsikko' } },
      links: [{ title: 'Otsikko', url: 'https://example.fi/1' }],
    });
  });

  it('never cuts an emoji or other astral character in half', () => {
    const clipped = clip(`${'a'.repeat(10)}😀😀`, 12);
    expect(clipped).toBe(`${'a'.repeat(10)}…`);
    expect(clipped).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(clip('abcdefghi😀xy', 12)).toBe('abcdefghi😀…');
  });

  it('needs a mapping for a JSON source, and an http(s) address', () => {
    const base = {
      bodyId: 'b',
      name: 'Ahjo',
      url: 'https://example.fi/api',
      kind: 'json',
      topics: ['democracy'],
    };
    expect(sourceInput.safeParse(base).error?.issues.map((i) => i.path.join('.'))).toEqual(['mapping']);
    expect(sourceInput.safeParse({ ...base, url: 'ftp://example.fi/x', kind: 'rss' }).success).toBe(false);
    expect(sourceInput.parse({ ...base, kind: 'rss' })).toMatchObject({
      everyMinutes: 60,
      enabled: true,
      language: 'fi',
    });
  });
});

describe('fetching a source', () => {
  let fixtures: Awaited<ReturnType<typeof startSourceFixtures>>;
  beforeAll(async () => {
    fixtures = await startSourceFixtures();
  });
  afterAll(() => fixtures.stop());
  const request = { allowPrivate: true, userAgent: 'Kaiutin test' };

  it('sends the ETag and Last-Modified back, and is told nothing changed', async () => {
    const first = await fetchDocument({ ...request, url: fixtures.url('/agenda.rss') });
    expect(first).toMatchObject({
      status: 'ok',
      etag: '"agenda-v1"',
      lastModified: 'Mon, 23 Nov 2026 06:00:00 GMT',
    });
    const again = await fetchDocument({
      ...request,
      url: fixtures.url('/agenda.rss'),
      etag: '"agenda-v1"',
      lastModified: 'Mon, 23 Nov 2026 06:00:00 GMT',
    });
    expect(again).toEqual({ status: 'notModified' });
    expect(fixtures.requests.at(-1)?.headers).toMatchObject({
      'if-none-match': '"agenda-v1"',
      'if-modified-since': 'Mon, 23 Nov 2026 06:00:00 GMT',
      'user-agent': 'Kaiutin test',
    });
  });

  it('follows a redirect', async () => {
    const answer = await fetchDocument({ ...request, url: fixtures.url('/redirect.rss') });
    expect(answer.status === 'ok' && answer.body).toContain('Kotoutumisohjelma');
  });

  it('stops reading a document larger than 2 MB', async () => {
    await expect(fetchDocument({ ...request, url: fixtures.url('/huge.rss') })).rejects.toMatchObject({
      code: 'too_large',
    });
  });

  it('reports an error status', async () => {
    await expect(fetchDocument({ ...request, url: fixtures.url('/missing.rss') })).rejects.toMatchObject({
      code: 'http_status',
      message: 'The address answered HTTP 404.',
    });
  });

  it('refuses private and loopback addresses unless allowed, by name or by number', async () => {
    const guarded = { ...request, allowPrivate: false };
    await expect(fetchDocument({ ...guarded, url: fixtures.url('/agenda.rss') })).rejects.toMatchObject({
      code: 'address_refused',
    });
    const byName = fixtures.url('/agenda.rss').replace('127.0.0.1', 'localhost');
    await expect(fetchDocument({ ...guarded, url: byName })).rejects.toMatchObject({
      code: 'address_refused',
    });
    await expect(fetchDocument({ ...guarded, url: 'http://[::1]:9/feed' })).rejects.toMatchObject({
      code: 'address_refused',
    });
  });

  it('knows which addresses are private', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      '::ffff:10.0.0.1',
      '0.0.0.0',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['193.166.1.1', '8.8.8.8', '2a00:1450:4001::1', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});
