import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { byTitle, queuedFrom, titleOf } from '../support/pages.ts';
import { type Client, signedInCoordinator, uniqueEmail } from '../support/people.ts';
import { startSourceFixtures } from '../support/source-fixtures.ts';

/**
 * The Kerrokantasi, Lausuntopalvelu.fi and Kuntalaisaloite.fi presets through the local stack:
 * fixtures shaped like each system's answers, polled by the schedule, read in the agenda queue.
 */

const { baseUrl } = inject('runtime');
let coordinator: Client;
let fixtures: Awaited<ReturnType<typeof startSourceFixtures>>;
const bodies: Record<string, string> = {};
const ids: Record<string, string> = {};

const file = (name: string, type: string) => fixtures.url(`/files/${name}?type=${encodeURIComponent(type)}`);
const runSchedule = () => fetch(`${baseUrl}/_local/schedules/poll-sources`, { method: 'POST' });

async function addBody(key: string, kind: string, municipality: string, name: Record<string, string>) {
  const created = await coordinator.post('/api/bodies', {
    kind,
    municipality,
    name,
    submissionEmail: uniqueEmail(`${key}-kirjaamo`),
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  bodies[key] = created.json.id;
}

async function addSource(key: string, input: Record<string, unknown>) {
  const created = await coordinator.post('/api/sources', { topics: ['democracy'], ...input });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  ids[key] = created.json.id;
}

const fromSource = (key: string) => queuedFrom(coordinator, ids[key]);
const health = async (key: string) => (await coordinator.get(`/api/sources/${ids[key]}`)).json.health;
const pollNow = async (key: string) => (await coordinator.post(`/api/sources/${ids[key]}/poll`)).json;

beforeAll(async () => {
  fixtures = await startSourceFixtures();
  coordinator = await signedInCoordinator();
  await addBody('helsinki', 'municipality', 'Helsinki', { fi: 'Helsingin kaupunki', sv: 'Helsingfors stad' });
  await addBody('state', 'agency', 'Helsinki', { fi: 'Valtioneuvoston lausuntopyynnöt' });
  await addBody('ministry', 'agency', 'Helsinki', {
    fi: 'Sosiaali- ja terveysministeriö',
    sv: 'Social- och hälsovårdsministeriet',
  });
  await addBody('laukaa', 'municipality', 'Laukaa', { fi: 'Laukaan kunta', sv: 'Laukas kommun' });
  await Promise.all([
    addSource('kerrokantasi', {
      bodyId: bodies.helsinki,
      name: 'Kerrokantasi',
      kind: 'kerrokantasi',
      url: file('kerrokantasi.json', 'application/json'),
    }),
    addSource('lausuntopalvelu', {
      bodyId: bodies.state,
      name: 'Lausuntopalvelu.fi',
      kind: 'lausuntopalvelu',
      url: file('lausuntopalvelu.atom', 'application/atom+xml;type=feed;charset=utf-8'),
    }),
    addSource('kuntalaisaloite', {
      bodyId: bodies.laukaa,
      name: 'Kuntalaisaloitteet',
      kind: 'kuntalaisaloite',
      url: file('kuntalaisaloite.json', 'application/json;charset=UTF-8'),
    }),
  ]);
  expect((await runSchedule()).status).toBe(200);
}, 60_000);

afterAll(() => fixtures.stop());

describe('the Kerrokantasi preset', () => {
  it('imports every page of open hearings as hearings with their deadline in UTC, every language and the public page', async () => {
    const asked = fixtures.requests.map((r) => r.path);
    expect(asked).toContain('/files/kerrokantasi.json');
    expect(asked).toContain('/files/kerrokantasi-2.json');
    const drafts = await fromSource('kerrokantasi');
    // The ended hearing and the one called off are not imported.
    expect(drafts.map(titleOf).sort()).toEqual([
      'Koulujen kielikylpyopetuksen laajentaminen',
      'Ny simhall i Nordsjö',
      'Pyöräilyn kehittämisohjelma 2031–2035',
    ]);
    const cycling = byTitle(drafts, 'Pyöräilyn');
    expect(cycling).toMatchObject({
      status: 'draft',
      kind: 'hearing',
      bodyId: bodies.helsinki,
      originalLanguage: 'fi',
      statementDeadline: '2031-01-15T14:00:00.000Z',
      links: [{ url: fixtures.url('/pyorailyn-kehittamisohjelma') }],
      origin: { organ: 'Kaupunkiympäristön toimiala' },
    });
    expect(Object.keys(cycling.texts).sort()).toEqual(['en', 'fi', 'sv']);
    expect(cycling.texts.fi.summary).toBe(
      'Kaupunki valmistelee "Pyöräilyn kehittämisohjelmaa" & kysyy asukkailta, mitä reittejä parannetaan ensin.\n\nKerro kantasi 15.1.2031 mennessä.',
    );
    expect(cycling.texts.sv.title).toBe('Utvecklingsprogram för cykling 2031–2035');
    const immersion = byTitle(drafts, 'Koulujen');
    expect(immersion).toMatchObject({
      statementDeadline: '2031-06-30T21:00:00.000Z',
      originalLanguage: 'fi',
    });
    expect(Object.keys(immersion.texts).sort()).toEqual(['fi', 'sv']);
    expect(byTitle(drafts, 'Ny simhall')).toMatchObject({
      originalLanguage: 'sv',
      statementDeadline: '2031-03-31T20:59:00.000Z',
      texts: { en: { title: 'A new swimming hall in Vuosaari' } },
    });
    expect(await health('kerrokantasi')).toMatchObject({ failures: 0, itemsFound: 4, itemsImported: 3 });
  });
});

describe('the Lausuntopalvelu.fi preset', () => {
  it("imports open proposals as consultations with day-end deadlines across daylight saving, under the ministry's body when the network has it", async () => {
    const drafts = await fromSource('lausuntopalvelu');
    expect(drafts.map(titleOf).sort()).toEqual([
      'Kuntien valtionosuusjärjestelmän uudistus',
      'Luonnos hallituksen esitykseksi sosiaalihuoltolain muuttamisesta',
      'Selvitys omaishoidon tuen yhdenmukaistamisesta',
    ]);
    const social = byTitle(drafts, 'Luonnos');
    expect(social).toMatchObject({
      kind: 'consultation',
      bodyId: bodies.ministry,
      originalLanguage: 'fi',
      statementDeadline: '2031-03-31T20:59:59.000Z',
      links: [
        {
          url: 'https://www.lausuntopalvelu.fi/FI/Proposal/Participation?proposalId=6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
        },
      ],
      origin: { organ: 'Sosiaali- ja terveysministeriö' },
      contact: { name: 'Sosiaali- ja terveysministeriö' },
    });
    expect(social.texts.fi.summary).toMatch(/^VN\/6671\/2026\n\nEsityksessä ehdotetaan, että kotoutumista/);
    // No body of that name in the network: the source's own.
    expect(byTitle(drafts, 'Kuntien')).toMatchObject({
      bodyId: bodies.state,
      statementDeadline: '2031-03-28T21:59:59.000Z',
      origin: { organ: 'Valtiovarainministeriö' },
    });
    expect(byTitle(drafts, 'Selvitys')).toMatchObject({
      bodyId: bodies.ministry,
      statementDeadline: '2031-10-27T14:15:00.000Z',
    });
    expect(await health('lausuntopalvelu')).toMatchObject({ failures: 0, itemsFound: 3, itemsImported: 3 });
  });
});

describe('the Kuntalaisaloite.fi preset', () => {
  it('imports the initiatives open for support as initiatives linked to their page', async () => {
    const drafts = await fromSource('kuntalaisaloite');
    expect(drafts.map(titleOf).sort()).toEqual([
      'Selkokielinen tiedotus kunnan verkkosivuille & ilmoitustaululle',
      'Uimahallin aukioloaikoja pidennettävä viikonloppuisin',
    ]);
    expect(byTitle(drafts, 'Uimahallin')).toMatchObject({
      kind: 'initiative',
      bodyId: bodies.laukaa,
      originalLanguage: 'fi',
      links: [{ url: 'https://www.kuntalaisaloite.fi/fi/aloite/3041' }],
      origin: { organ: 'Laukaa' },
    });
    expect(await health('kuntalaisaloite')).toMatchObject({ failures: 0, itemsFound: 2, itemsImported: 2 });
  });
});

describe('polling the presets again', () => {
  it('imports nothing twice', async () => {
    for (const key of ['kerrokantasi', 'lausuntopalvelu', 'kuntalaisaloite']) {
      const before = await fromSource(key);
      const polled = await pollNow(key);
      expect(polled, key).toMatchObject({ imported: 0, updated: 0 });
      expect((await fromSource(key)).length, key).toBe(before.length);
      // Figures for the report: what one poll read, imported, and what a second one recognised.
      console.info(
        `${key}: read ${polled.source.health.itemsFound}, imported ${polled.source.health.itemsImported}, deduplicated on the second poll ${polled.source.health.itemsFound}`,
      );
    }
  });

  it('follows a moved deadline into the unedited draft, deletes the draft of a hearing called off, whatever case the GUID comes in', async () => {
    const before = await fromSource('kerrokantasi');
    const hearing = byTitle(before, 'Pyöräilyn');
    const calledOff = byTitle(before, 'Koulujen');
    await coordinator.patch(`/api/sources/${ids.kerrokantasi}`, {
      url: file('kerrokantasi-moved.json', 'application/json'),
    });
    expect(await pollNow('kerrokantasi')).toMatchObject({ imported: 0, updated: 2 });
    const hearings = await fromSource('kerrokantasi');
    expect(hearings.map((d) => d.id).sort()).toEqual(
      before
        .filter((d) => d !== calledOff)
        .map((d) => d.id)
        .sort(),
    );
    expect(hearings.find((d) => d.id === hearing.id)).toMatchObject({
      statementDeadline: '2031-01-29T14:00:00.000Z',
      texts: { fi: { summary: expect.stringContaining('29.1.2031 mennessä (aikaa jatkettu)') } },
    });
    expect((await coordinator.get(`/api/consultations/${calledOff.id}`)).status).toBe(404);
    // Still called off at the next poll: nothing comes back.
    expect(await pollNow('kerrokantasi')).toMatchObject({ imported: 0, updated: 0 });

    const proposal = byTitle(await fromSource('lausuntopalvelu'), 'Luonnos');
    await coordinator.patch(`/api/sources/${ids.lausuntopalvelu}`, {
      url: file('lausuntopalvelu-moved.atom', 'application/atom+xml'),
    });
    expect(await pollNow('lausuntopalvelu')).toMatchObject({ imported: 0, updated: 1 });
    const proposals = await fromSource('lausuntopalvelu');
    expect(proposals).toHaveLength(3);
    const followed = proposals.find((d) => d.id === proposal.id);
    expect(followed).toMatchObject({
      bodyId: bodies.ministry,
      statementDeadline: '2031-04-14T20:59:59.000Z',
    });
    expect(followed.origin.changedInSourceAt).toBeUndefined();
  });
});
