import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { store } from '#shared/store/client.ts';
import type { Activity } from '#shared/tray/activity.ts';
import { consentedPeerLeader } from '../support/peers.ts';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
} from '../support/people.ts';
import { sampleActivity, writeActivity } from '../support/tray.ts';

// Names that sort first, so a long gap list of the shared runtime's other municipalities cannot crowd these out.
const unique = (label: string) => `Aa${label}-${randomUUID().slice(0, 8)}`;

let coordinator: Client;
let org: Awaited<ReturnType<typeof memberOrganisation>>;
/** A municipality of this test's own, where the organisation works in Somali and Arabic. */
let town: string;
let otherTown: string;
let region: string;
/** A word only this test's activities hold. */
let word: string;
const made: Record<string, Activity> = {};

interface Entry {
  id: string;
  status: string;
  organisationName: string;
}
const ids = (items: ({ id: string } | undefined)[]) => items.map((entry) => entry?.id).sort();
const tray = async (query: Record<string, string>) => {
  const answer = await anonymous().get(`/api/tray?${new URLSearchParams(query)}`);
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  return answer.json as { items: Entry[]; cursor?: string };
};

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  org = await memberOrganisation(coordinator, 'Tarjotin');
  town = unique('kunta');
  otherTown = unique('kunta');
  region = unique('maakunta');
  word = `sana${randomUUID().slice(0, 6)}`;
  const edited = await coordinator.patch(`/api/organisations/${org.id}`, {
    municipalities: [town],
    languages: ['so', 'ar'],
  });
  expect(edited.status).toBe(200);
  const s = store();
  const activity = (overrides: Partial<Activity>) => writeActivity(s, sampleActivity(org.id, overrides));
  const here = [{ kind: 'municipality' as const, name: town }];
  made.women = await activity({
    areas: here,
    languages: ['so', 'fi'],
    targetGroups: ['women'],
    topics: ['education'],
    texts: [{ language: 'fi', name: 'Naisten kielikerho', description: `Opiskellaan yhdessä (${word}).` }],
  });
  made.participation = await activity({ areas: here, languages: ['fi'], category: 'participation' });
  made.paused = await activity({ areas: here, languages: ['so'], category: 'recruitment', status: 'paused' });
  made.ended = await activity({ areas: here, languages: ['so'], status: 'ended' });
  made.elsewhere = await activity({ areas: [{ kind: 'municipality', name: otherTown }], languages: ['so'] });
  made.regional = await activity({ areas: [{ kind: 'region', name: region }], level: 'regional' });
});

describe('the public tray', () => {
  it('lists the activities of a municipality in a language, paused ones with their status, ended ones never', async () => {
    const { items } = await tray({ municipality: town, language: 'so' });
    expect(ids(items)).toEqual(ids([made.paused, made.women]));
    expect(items.find((entry) => entry.id === made.paused?.id)?.status).toBe('paused');
    expect(items.every((entry) => entry.organisationName === org.name)).toBe(true);
    // The municipality is matched as the index keys it: case and spaces do not matter.
    const again = await tray({ municipality: ` ${town.toUpperCase()} `, language: 'so' });
    expect(ids(again.items)).toEqual(ids(items));
  });

  it('filters by category, target group, topic and words', async () => {
    const participation = await tray({ municipality: town, category: 'participation' });
    expect(ids(participation.items)).toEqual([made.participation?.id]);
    const women = await tray({ municipality: town, targetGroup: 'women' });
    expect(ids(women.items)).toEqual([made.women?.id]);
    const education = await tray({ municipality: town, topic: 'education' });
    expect(ids(education.items)).toEqual([made.women?.id]);
    // Every word must occur, in any case; the word alone finds it across the whole tray.
    const words = await tray({ q: `KIELIKERHO ${word}` });
    expect(ids(words.items)).toEqual([made.women?.id]);
    expect((await tray({ q: `${word} uinti` })).items).toEqual([]);
  });

  it('filters by region, and refuses a municipality and a region together', async () => {
    const { items } = await tray({ region });
    expect(ids(items)).toEqual([made.regional?.id]);
    const both = await anonymous().get(`/api/tray?${new URLSearchParams({ municipality: town, region })}`);
    expect(both.status).toBe(400);
  });

  it('pages through a long list with its cursor, each activity once', async () => {
    const many = unique('kunta');
    const written = await Promise.all(
      Array.from({ length: 25 }, () =>
        writeActivity(store(), sampleActivity(org.id, { areas: [{ kind: 'municipality', name: many }] })),
      ),
    );
    const first = await tray({ municipality: many, language: 'fi' });
    expect(first.items).toHaveLength(20);
    expect(first.cursor).toBeDefined();
    const second = await tray({ municipality: many, language: 'fi', cursor: first.cursor as string });
    expect(second.items).toHaveLength(5);
    expect(second.cursor).toBeUndefined();
    expect(ids([...first.items, ...second.items])).toEqual(ids(written));
    expect((await anonymous().get('/api/tray?cursor=not-one-we-gave')).status).toBe(400);
  });
});

describe('the coverage picture', () => {
  interface Coverage {
    rows: { area: { kind: string; name: string }; counts: Record<string, number> }[];
    languages: string[];
    gaps: { municipality: string; language: string; category: string }[];
    peerLeaderGaps?: { municipality: string; language: string }[];
    truncated: boolean;
  }
  const coverage = async (client: Client, language?: string) => {
    const answer = await client.get(`/api/tray/coverage${language ? `?language=${language}` : ''}`);
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    return answer.json as Coverage;
  };
  const rowOf = (c: Coverage, name: string) => c.rows.find((row) => row.area.name === name)?.counts;

  it('counts the active activities of each area and category, in all languages or in one', async () => {
    const all = await coverage(anonymous());
    // The paused and the ended activity count nowhere.
    expect(rowOf(all, town)).toEqual({ support: 1, participation: 1, recruitment: 0 });
    expect(rowOf(all, otherTown)).toEqual({ support: 1, participation: 0, recruitment: 0 });
    expect(all.rows.find((row) => row.area.name === region)?.area.kind).toBe('region');
    const somali = await coverage(anonymous(), 'so');
    expect(rowOf(somali, town)).toEqual({ support: 1, participation: 0, recruitment: 0 });
    expect(somali.languages).toEqual(expect.arrayContaining(['so', 'fi', 'ar']));
  });

  it('lists each category with no activity in a language needed where the network works', async () => {
    const { gaps, peerLeaderGaps } = await coverage(anonymous());
    const here = gaps.filter((gap) => gap.municipality === town);
    // Arabic and Somali are needed where the organisation works in them; Finnish, because active
    // activities there are run in it (support and participation): only recruitment is missing.
    expect(here).toEqual([
      { municipality: town, language: 'ar', category: 'support' },
      { municipality: town, language: 'ar', category: 'participation' },
      { municipality: town, language: 'ar', category: 'recruitment' },
      { municipality: town, language: 'fi', category: 'recruitment' },
      { municipality: town, language: 'so', category: 'participation' },
      { municipality: town, language: 'so', category: 'recruitment' },
    ]);
    // No member organisation works in the other town, but an active support activity there is run
    // in Somali: Somali is needed there, and the other categories in it are missing.
    expect(gaps.filter((gap) => gap.municipality === otherTown)).toEqual([
      { municipality: otherTown, language: 'so', category: 'participation' },
      { municipality: otherTown, language: 'so', category: 'recruitment' },
    ]);
    // The peer-leader figures are not for the public.
    expect(peerLeaderGaps).toBeUndefined();
    const inSomali = await coverage(anonymous(), 'so');
    expect(inSomali.gaps.filter((gap) => gap.municipality === town).map((gap) => gap.category)).toEqual([
      'participation',
      'recruitment',
    ]);
  });

  it('leaves out an area whose counts have all fallen to zero, and the areas empty in the chosen language', async () => {
    const gone = unique('kunta');
    const a = await writeActivity(
      store(),
      sampleActivity(org.id, { areas: [{ kind: 'municipality', name: gone }], languages: ['uk'] }),
    );
    expect(rowOf(await coverage(anonymous()), gone)).toEqual({
      support: 1,
      participation: 0,
      recruitment: 0,
    });
    expect(rowOf(await coverage(anonymous(), 'so'), gone)).toBeUndefined();
    const ended = await coordinator.patch(`/api/activities/${a.id}`, { version: a.version, status: 'ended' });
    expect(ended.status).toBe(200);
    const after = await coverage(anonymous());
    expect(rowOf(after, gone)).toBeUndefined();
    expect(after.gaps.some((gap) => gap.municipality === gone)).toBe(false);
    // A municipality where the network works stays, with no activity: that is what a gap looks like.
    expect(rowOf(after, town)).toBeDefined();
  });

  it('shows representatives and the coordinator the languages with no peer leader in a municipality', async () => {
    const leader = await consentedPeerLeader({ languages: ['ar', 'ti'], municipalities: [town] });
    const rep = org.reps[0] as Client;
    for (const reader of [coordinator, rep]) {
      const { peerLeaderGaps } = await coverage(reader);
      expect(peerLeaderGaps?.filter((gap) => gap.municipality === town)).toEqual([
        { municipality: town, language: 'so' },
      ]);
    }
    // A leader who withdraws consent covers nothing any more.
    expect((await (await signIn(leader.email)).delete('/api/me/peer-leader/consent')).status).toBe(204);
    const { peerLeaderGaps } = await coverage(coordinator);
    expect(peerLeaderGaps?.filter((gap) => gap.municipality === town)).toEqual([
      { municipality: town, language: 'ar' },
      { municipality: town, language: 'so' },
    ]);
  });
});
