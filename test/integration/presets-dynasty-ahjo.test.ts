import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { byTitle, queuedFrom, titleOf } from '../support/pages.ts';
import { type Client, signedInCoordinator, uniqueEmail } from '../support/people.ts';
import { startSourceFixtures } from '../support/source-fixtures.ts';

const { baseUrl } = inject('runtime');
let coordinator: Client;
let fixtures: Awaited<ReturnType<typeof startSourceFixtures>>;
let bodyId: string;
const ids: Record<string, string> = {};

async function addSource(key: string, kind: string, path: string) {
  const created = await coordinator.post('/api/sources', {
    bodyId,
    name: key,
    url: fixtures.url(path),
    kind,
    topics: ['democracy'],
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  ids[key] = created.json.id;
}

const fromSource = (key: string) => queuedFrom(coordinator, ids[key]);
const source = async (key: string) => (await coordinator.get(`/api/sources/${ids[key]}`)).json;
const readNow = async (key: string) => (await coordinator.post(`/api/sources/${ids[key]}/poll`)).json;

beforeAll(async () => {
  fixtures = await startSourceFixtures();
  coordinator = await signedInCoordinator();
  const body = await coordinator.post('/api/bodies', {
    kind: 'municipality',
    municipality: 'Laukaa',
    name: { fi: 'Laukaan kunta (esiasetukset)' },
    submissionEmail: uniqueEmail('presets-kirjaamo'),
  });
  bodyId = body.json.id;
  await Promise.all([
    addSource('dynasty', 'dynasty', '/dynasty/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30'),
    addSource('ahjo', 'ahjo', '/ahjo/fi/ahjo_api/meetings?from=2026-01-01&to=2026-06-30'),
    addSource('ahjoRest', 'ahjo', '/ahjo/ahjorest/v1/meetings'),
  ]);
  expect((await fetch(`${baseUrl}/_local/schedules/poll-sources`, { method: 'POST' })).status).toBe(200);
}, 60_000);

afterAll(() => fixtures.stop());

describe('the Dynasty preset through the local stack', () => {
  it('imports each agenda item as a draft: Ä decoded, the body kept in the title and as the organ, the meeting date, the link', async () => {
    const drafts = await fromSource('dynasty');
    expect(drafts.map(titleOf).sort()).toEqual([
      'Kunnanhallitus: Kotoutumisohjelma 2026–2029',
      'Kunnanhallitus: Äidinkielen ja kirjallisuuden opetuksen järjestäminen',
      'Sivistyslautakunta: Koulukuljetusten periaatteet 2026–2027',
      'Ympäristö- ja rakennuslautakunta: Hulevesiohjelman päivitys',
    ]);
    expect(byTitle(drafts, 'Kunnanhallitus: Äidinkielen')).toMatchObject({
      status: 'draft',
      kind: 'upcoming-decision',
      bodyId,
      originalLanguage: 'fi',
      decisionDate: '2026-01-12',
      links: [{ url: 'https://laukaa.oncloudos.com/cgi/DREQUEST.PHP?page=meetingitem&id=20261-5' }],
      origin: { organ: 'Kunnanhallitus' },
    });
    // Windows-1252 quotes in a feed declared ISO-8859-1, and its HTML as plain text.
    expect(byTitle(drafts, 'Kunnanhallitus: Kotoutumisohjelma').texts.fi.summary).toBe(
      'Kunnanhallitus esittää valtuustolle “Yhdessä Laukaassa” -ohjelman hyväksymistä.\n\nOhjelma koskee järjestöjä & kielikoulutusta.',
    );
    expect(byTitle(drafts, 'Ympäristö-')).toMatchObject({
      decisionDate: '2026-01-14',
      origin: { organ: 'Ympäristö- ja rakennuslautakunta' },
    });
    expect(await source('dynasty')).toMatchObject({
      health: { failures: 0, itemsFound: 4, itemsImported: 4 },
    });
  });

  it('a matter handled again at a later meeting moves its draft to that meeting instead of making a second one', async () => {
    const before = byTitle(await fromSource('dynasty'), 'Kunnanhallitus: Äidinkielen');
    fixtures.replace('dynasty.rss', 'dynasty-later.rss');
    expect(await readNow('dynasty')).toMatchObject({ imported: 1, updated: 1 });
    const drafts = await fromSource('dynasty');
    expect(drafts).toHaveLength(5);
    const moved = drafts.filter((d) => titleOf(d).startsWith('Kunnanhallitus: Äidinkielen'));
    expect(moved).toEqual([
      expect.objectContaining({
        id: before.id,
        decisionDate: '2026-01-26',
        links: [
          {
            title: titleOf(before),
            url: 'https://laukaa.oncloudos.com/cgi/DREQUEST.PHP?page=meetingitem&id=20264-3',
          },
        ],
      }),
    ]);
    expect(byTitle(drafts, 'Kunnanhallitus: Talousarvion')).toMatchObject({ decisionDate: '2026-01-26' });
    // Read again: nothing is imported twice.
    expect(await readNow('dynasty')).toMatchObject({ imported: 0, updated: 0 });
    expect(await fromSource('dynasty')).toHaveLength(5);
    expect(await source('dynasty')).toMatchObject({ health: { itemsFound: 5, itemsImported: 5 } });
  });
});

describe('the Ahjo preset through the local stack', () => {
  it('imports paatokset.hel.fi’s meetings with their Swedish versions, times in UTC on both sides of daylight saving', async () => {
    const drafts = await fromSource('ahjo');
    expect(drafts.map(titleOf).sort()).toEqual([
      'Kasvatus- ja koulutuslautakunnan kokous 10.2.2026',
      'Kaupunginhallituksen kokous 26.1.2026',
      'Kaupunginvaltuuston kokous 1.4.2026',
    ]);
    expect(byTitle(drafts, 'Kaupunginhallituksen')).toMatchObject({
      kind: 'upcoming-decision',
      originalLanguage: 'fi',
      texts: { sv: { title: 'Stadsstyrelsens sammanträde 26.1.2026' } },
      decisionDate: '2026-01-26',
      meetingAt: '2026-01-26T14:00:00.000Z',
      links: [{ url: 'https://paatokset.hel.fi/fi/paattajat/00400/2026-01-26' }],
      origin: { organ: 'Kaupunginhallitus' },
    });
    expect(byTitle(drafts, 'Kaupunginvaltuuston')).toMatchObject({
      texts: { sv: { title: 'Stadsfullmäktiges sammanträde 1.4.2026' } },
      decisionDate: '2026-04-01',
      meetingAt: '2026-04-01T15:00:00.000Z',
    });
    // The Swedish version was read; the English one answered 404 and was left out.
    const asked = fixtures.requests.map((r) => r.path);
    expect(asked).toEqual(
      expect.arrayContaining(['/ahjo/sv/ahjo_api/meetings', '/ahjo/en/ahjo_api/meetings']),
    );
    expect(Object.keys(byTitle(drafts, 'Kaupunginhallituksen').texts).sort()).toEqual(['fi', 'sv']);
    expect(await source('ahjo')).toMatchObject({ health: { failures: 0, itemsFound: 3, itemsImported: 3 } });
  });

  it('cancels a published consultation whose meeting is cancelled, as a new version that alerts again', async () => {
    await addSource('ahjoPublished', 'ahjo', '/files/ahjo.json?type=application/json');
    expect(await readNow('ahjoPublished')).toMatchObject({ imported: 3 });
    const meeting = byTitle(await fromSource('ahjoPublished'), 'Kasvatus-');
    expect((await coordinator.post(`/api/consultations/${meeting.id}/publish`)).status).toBe(200);
    const moved = await coordinator.patch(`/api/sources/${ids.ahjoPublished}`, {
      url: fixtures.url('/files/ahjo-later.json?type=application/json'),
    });
    expect(moved.status).toBe(200);
    expect(await readNow('ahjoPublished')).toMatchObject({ imported: 0, updated: 2 });
    const cancelled = await coordinator.get(`/api/consultations/${meeting.id}`);
    expect(cancelled.json).toMatchObject({ status: 'cancelled', version: 2, materialChanges: ['cancelled'] });
    expect(await readNow('ahjoPublished')).toMatchObject({ imported: 0, updated: 0 });
  });

  it('follows a moved meeting into its draft, and a cancelled meeting removes its draft', async () => {
    const before = await fromSource('ahjo');
    fixtures.replace('ahjo.json', 'ahjo-later.json');
    fixtures.replace('ahjo-sv.json', 'ahjo-sv-later.json');
    expect(await readNow('ahjo')).toMatchObject({ imported: 0, updated: 2 });
    const drafts = await fromSource('ahjo');
    expect(drafts.map(titleOf).sort()).toEqual([
      'Kaupunginhallituksen kokous 27.1.2026',
      'Kaupunginvaltuuston kokous 1.4.2026',
    ]);
    expect(byTitle(drafts, 'Kaupunginhallituksen')).toMatchObject({
      id: byTitle(before, 'Kaupunginhallituksen').id,
      decisionDate: '2026-01-27',
      meetingAt: '2026-01-27T12:00:00.000Z',
      texts: { sv: { title: 'Stadsstyrelsens sammanträde 27.1.2026' } },
    });
    const cancelled = byTitle(before, 'Kasvatus-');
    expect((await coordinator.get(`/api/consultations/${cancelled.id}`)).status).toBe(404);
    expect(await readNow('ahjo')).toMatchObject({ imported: 0, updated: 0 });
    expect(await fromSource('ahjo')).toHaveLength(2);
  });

  it('imports the REST API’s agenda items one per case, Finnish and Swedish merged, a cancelled meeting’s left out', async () => {
    const drafts = await fromSource('ahjoRest');
    expect(drafts.map(titleOf).sort()).toEqual([
      'Asukasosallisuuden toimintamalli',
      'Kotoutumisen kaupunkitasoinen ohjelma 2026–2029',
      'Monikielisen kirjastopalvelun kehittäminen',
    ]);
    expect(byTitle(drafts, 'Kotoutumisen')).toMatchObject({
      originalLanguage: 'fi',
      texts: {
        fi: { summary: 'Asia palautettiin uudelleen valmisteltavaksi ja käsitellään uudelleen.' },
        sv: {
          title: 'Stadsomfattande integrationsprogram 2026–2029',
          summary: 'Ärendet återremitterades och behandlas på nytt.',
        },
      },
      // Handled at two meetings: the draft is at the later one, the day after summer time began.
      decisionDate: '2026-03-30',
      meetingAt: '2026-03-30T13:00:00.000Z',
      links: [{ url: 'https://paatokset.hel.fi/fi/asia/hel-2025-001216' }],
      origin: { organ: 'Kaupunginhallitus' },
    });
    expect(byTitle(drafts, 'Asukasosallisuuden')).toMatchObject({
      decisionDate: '2026-02-09',
      meetingAt: '2026-02-09T14:00:00.000Z',
    });
    expect(await source('ahjoRest')).toMatchObject({ health: { itemsFound: 4, itemsImported: 3 } });
    expect(await readNow('ahjoRest')).toMatchObject({ imported: 0, updated: 0 });
  });
});
