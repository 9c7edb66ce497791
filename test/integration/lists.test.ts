import { randomUUID } from 'node:crypto';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { figuresOf, responsivenessOf } from '#shared/bodies/responsiveness.ts';
import { readResponsiveness } from '#shared/bodies/responsiveness-store.ts';
import type { Consultation } from '#shared/consultations/consultation.ts';
import { createConsultation } from '#shared/consultations/consultation-store.ts';
import { store } from '#shared/store/client.ts';
import { queryAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { submission as submissionSchema } from '#shared/submissions/submission.ts';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';

const { baseUrl } = inject('runtime');
type Organisation = Awaited<ReturnType<typeof memberOrganisation>>;
const rep = (org: Organisation) => org.reps[0] as Client;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

let coordinator: Client;
let officer: Client;
let bodyId: string;

async function newBody(name: string) {
  const created = await coordinator.post('/api/bodies', {
    kind: 'board',
    municipality: 'Uurainen',
    name: { fi: name },
    submissionEmail: uniqueEmail('registry'),
  });
  expect(created.status).toBe(201);
  return created.json.id as string;
}

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  bodyId = await newBody(`Listalautakunta ${randomUUID().slice(0, 6)}`);
  const email = uniqueEmail('lists-officer');
  await coordinator.post(`/api/bodies/${bodyId}/officers`, { email, language: 'en' });
  officer = await signIn(email);
});

/** A consultation written straight to the table, `minutesAgo` old, so tests can make many quickly. */
function consultation(
  overrides: Partial<Consultation> & { minutesAgo: number; title: string },
): Consultation {
  const { minutesAgo, title, ...rest } = overrides;
  const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  return {
    id: randomUUID(),
    bodyId: `elsewhere-${randomUUID().slice(0, 8)}`,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: { fi: { title, summary: 'Yhteenveto.' } },
    topics: ['other'],
    links: [],
    statementDeadline: inDays(30),
    contact: { name: 'V', email: 'v@example.org' },
    status: 'published',
    version: 1,
    municipality: 'Uurainen',
    createdAt: at,
    updatedAt: at,
    publishedAt: at,
    materialChanges: [],
    ...rest,
  };
}

const writeAll = async (items: Consultation[]) => {
  for (const c of items) await createConsultation(store(), c);
};

/** Every page of a list, following cursors. */
async function allPages(client: Client, path: string): Promise<{ items: any[] }[]> {
  const pages: { items: any[] }[] = [];
  let cursor: string | undefined;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const answer = await client.get(
      `${path}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    pages.push(answer.json);
    cursor = answer.json.cursor;
  } while (cursor);
  return pages;
}

/** Each page but the last holds `size` items, and every item comes once. */
function expectPaged(pages: { items: any[] }[], size: number, key = (item: any) => item.id as string) {
  expect(pages.length).toBeGreaterThan(1);
  for (const page of pages.slice(0, -1)) expect(page.items).toHaveLength(size);
  const keys = pages.flatMap((page) => page.items.map(key));
  expect(new Set(keys).size).toBe(keys.length);
  return keys;
}

describe('a filtered page', () => {
  const partition = `TEST#${randomUUID()}`;
  const numbers = Array.from({ length: 100 }, (_, i) => i);

  beforeAll(async () => {
    for (const i of numbers) {
      await store().db.send(
        new PutCommand({
          TableName: store().tableName,
          Item: {
            [KEY.pk]: partition,
            [KEY.sk]: String(i).padStart(3, '0'),
            n: i,
            even: i % 2 === 0,
            rare: i % 7 === 3,
          },
        }),
      );
    }
  });

  /** Every page of a filtered query, following cursors. */
  async function pagesOf(expression: string, readBudget?: number) {
    const pages: number[][] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPage(
        store(),
        { partition, limit: 5, readBudget, filter: { expression, values: { ':yes': true } } },
        cursor,
        (item) => Number(item.n),
      );
      pages.push(page.items);
      cursor = page.cursor;
    } while (cursor);
    return pages;
  }

  it('is full unless the data ends, and its cursors reach every match once', async () => {
    const pages = await pagesOf('even = :yes OR rare = :yes');
    expect(pages.flat()).toEqual(numbers.filter((i) => i % 2 === 0 || i % 7 === 3));
    for (const page of pages.slice(0, -1)) expect(page).toHaveLength(5);
  });

  it('stops at its read budget with a cursor after the last item read, skipping and repeating none', async () => {
    const pages = await pagesOf('rare = :yes', 12);
    expect(pages.flat()).toEqual(numbers.filter((i) => i % 7 === 3));
    expect(pages.slice(0, -1).some((page) => page.length < 5)).toBe(true);
  });
});

describe('feeds with a filter', () => {
  it("show a body's open consultations and a topic's however many newer ones other bodies have", async () => {
    const ownTitle = `Oma kuuleminen ${randomUUID().slice(0, 6)}`;
    const safetyTitle = `Turvallisuus ${randomUUID().slice(0, 6)}`;
    await writeAll([
      consultation({ minutesAgo: 120, title: ownTitle, bodyId }),
      consultation({ minutesAgo: 110, title: safetyTitle, topics: ['safety'] }),
      ...Array.from({ length: 65 }, (_, i) => consultation({ minutesAgo: 60 - i * 0.5, title: `Muu ${i}` })),
    ]);

    const atom = await fetch(`${baseUrl}/api/feeds/consultations.atom?body=${bodyId}`);
    expect(parseFeed(await atom.text()).items.map((item) => item.title)).toEqual([ownTitle]);
    const ics = await (await fetch(`${baseUrl}/api/feeds/deadlines.ics?body=${bodyId}`)).text();
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.map((event) => new ICAL.Event(event).summary)).toEqual([ownTitle]);

    const topic = parseFeed(
      await (await fetch(`${baseUrl}/api/feeds/consultations.atom?topic=safety`)).text(),
    );
    expect(topic.items.map((item) => item.title)).toContain(safetyTitle);
    const topicIcs = await (await fetch(`${baseUrl}/api/feeds/deadlines.ics?topic=safety`)).text();
    expect(topicIcs).toContain(safetyTitle);
  });
});

describe('search and the agenda queue', () => {
  it('give full pages when matches are few among many newer items', async () => {
    const word = `harvinainen${randomUUID().slice(0, 6)}`;
    await writeAll(
      Array.from({ length: 120 }, (_, i) =>
        consultation({ minutesAgo: 300 - i, title: i % 4 === 0 ? `Kuuleminen ${word} ${i}` : `Muu ${i}` }),
      ),
    );
    const pages = await allPages(anonymous(), `/api/consultations?q=${word}`);
    const found = expectPaged(pages, 25);
    expect(found).toHaveLength(30);

    const imported = Array.from({ length: 3 }, (_, i) =>
      consultation({
        minutesAgo: 400 + i,
        title: `Tuotu ${word} ${i}`,
        status: 'draft',
        publishedAt: undefined,
        origin: { sourceId: `source-${word}`, itemId: String(i), importedAt: new Date().toISOString() },
      }),
    );
    for (const c of imported) {
      const origin = c.origin as { sourceId: string; itemId: string };
      await store().db.send(
        new PutCommand({
          TableName: store().tableName,
          Item: {
            [KEY.pk]: `SOURCE#${origin.sourceId}`,
            [KEY.sk]: `ITEM#${origin.itemId}`,
            consultationId: c.id,
            state: 'drafted',
          },
        }),
      );
    }
    await writeAll([
      ...imported,
      ...Array.from({ length: 60 }, (_, i) =>
        consultation({ minutesAgo: 200 - i, title: `Käsin ${i}`, status: 'draft', publishedAt: undefined }),
      ),
    ]);
    const queue = await allPages(coordinator, '/api/triage');
    for (const page of queue.slice(0, -1)) expect(page.items).toHaveLength(50);
    const ids = queue.flatMap((page) => page.items.map((c: { id: string }) => c.id));
    expect(ids).toEqual(expect.arrayContaining(imported.map((c) => c.id)));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('growing lists', () => {
  let lead: Organisation;
  let consultationId: string;

  beforeAll(async () => {
    lead = await memberOrganisation(coordinator, 'lists-lead');
    const { json: draft } = await officer.post('/api/consultations', {
      bodyId,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Monta versiota', summary: 'Alku.' } },
      topics: ['environment'],
      statementDeadline: inDays(30),
      contact: { name: 'V', email: 'v@example.org' },
    });
    expect((await officer.post(`/api/consultations/${draft.id}/publish`)).status).toBe(200);
    consultationId = draft.id;
  });

  const newStatement = async (title: string) => {
    const created = await rep(lead).post(`/api/consultations/${consultationId}/statements`, {
      organisationId: lead.id,
      language: 'fi',
      title,
      body: 'Järjestöt esittävät.',
    });
    expect(created.status).toBe(201);
    return created.json.id as string;
  };

  it("page a consultation's and a statement's versions, reaching each once", async () => {
    for (let i = 2; i <= 23; i += 1) {
      const edited = await officer.patch(`/api/consultations/${consultationId}`, {
        texts: { fi: { title: 'Monta versiota', summary: `Muutos ${i}.` } },
      });
      expect(edited.json.version).toBe(i);
    }
    const versions = expectPaged(
      await allPages(anonymous(), `/api/consultations/${consultationId}/versions`),
      20,
      (v) => String(v.version),
    );
    expect(versions).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)));

    const id = await newStatement('Versioitu');
    for (let i = 2; i <= 22; i += 1) {
      expect((await rep(lead).patch(`/api/statements/${id}`, { body: `Teksti ${i}.` })).json.version).toBe(i);
    }
    const statementVersions = expectPaged(
      await allPages(rep(lead), `/api/statements/${id}/versions`),
      20,
      (v) => String(v.version),
    );
    expect(statementVersions).toEqual(Array.from({ length: 22 }, (_, i) => String(22 - i)));
  });

  it("page a consultation's statements, what an organisation leads and signs, and what was submitted", async () => {
    const signer = await memberOrganisation(coordinator, 'lists-signer');
    const led: string[] = [];
    for (let i = 0; i < 26; i += 1) led.push(await newStatement(`Johdettu ${i}`));
    for (const id of led.slice(0, 22)) {
      expect(
        (await rep(lead).post(`/api/statements/${id}/open`, { cosignDeadline: inDays(10) })).status,
      ).toBe(200);
      const signed = await rep(signer).post(`/api/statements/${id}/signatures`, {
        organisationId: signer.id,
        mandate: { kind: 'standing' },
        version: 1,
      });
      expect(signed.status).toBe(200);
    }
    // A consultation's statements: drafts only for their lead, and pages full all the same.
    const opened = [...led.slice(0, 22)].reverse();
    const publicStatements = expectPaged(
      await allPages(anonymous(), `/api/consultations/${consultationId}/statements`),
      20,
    );
    expect(publicStatements).toEqual(opened);
    const forLead = expectPaged(
      await allPages(rep(lead), `/api/consultations/${consultationId}/statements`),
      20,
    );
    expect(forLead).toEqual(expect.arrayContaining(led));
    expect(forLead.length).toBeGreaterThan(led.length);

    const ledPages = await allPages(rep(lead), `/api/organisations/${lead.id}/statements`);
    expect(expectPaged(ledPages, 20)).toEqual(expect.arrayContaining(led));
    const signedPages = await allPages(rep(signer), `/api/organisations/${signer.id}/signed-statements`);
    expect(expectPaged(signedPages, 20)).toEqual(opened);
    expect(signedPages[0]?.items[0]).toMatchObject({ signedVersion: 1 });

    for (const id of led) {
      const submitted = await rep(lead).post(`/api/statements/${id}/submit`, {
        mandate: { kind: 'standing' },
      });
      expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
    }
    const record = expectPaged(
      await allPages(anonymous(), `/api/consultations/${consultationId}/submissions`),
      25,
    );
    expect(record).toEqual(led);
  });
});

describe("a body's responsiveness", () => {
  it('is kept as running figures that equal those counted from its submissions', async () => {
    const figuresBody = await newBody(`Vastaava lautakunta ${randomUUID().slice(0, 6)}`);
    const email = uniqueEmail('figures-officer');
    await coordinator.post(`/api/bodies/${figuresBody}/officers`, { email });
    const bodyOfficer = await signIn(email);
    const lead = await memberOrganisation(coordinator, 'figures-lead');
    const { json: draft } = await bodyOfficer.post('/api/consultations', {
      bodyId: figuresBody,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Vastausajat', summary: 'Mitataan.' } },
      topics: ['environment'],
      statementDeadline: inDays(30),
      contact: { name: 'V', email: 'v@example.org' },
    });
    await bodyOfficer.post(`/api/consultations/${draft.id}/publish`);
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const created = await rep(lead).post(`/api/consultations/${draft.id}/statements`, {
        organisationId: lead.id,
        language: 'fi',
        title: `Lausunto ${i}`,
        body: 'Teksti.',
      });
      ids.push(created.json.id);
      await rep(lead).post(`/api/statements/${created.json.id}/submit`, { mandate: { kind: 'standing' } });
    }
    const [a, b, c, d] = ids as [string, string, string, string];
    await bodyOfficer.post(`/api/submissions/${a}/acknowledge`, {});
    await bodyOfficer.post(`/api/submissions/${b}/acknowledge`, { diaryNumber: 'D/1' });
    await bodyOfficer.post(`/api/submissions/${b}/response`, { outcome: 'partly', explanation: 'Osin.' });
    await bodyOfficer.post(`/api/submissions/${c}/response`, {
      outcome: 'decision-pending',
      explanation: 'Odottaa.',
    });
    await bodyOfficer.post(`/api/submissions/${c}/response`, {
      outcome: 'taken-into-account',
      explanation: 'Kyllä.',
    });
    await bodyOfficer.post(`/api/submissions/${d}/response`, {
      outcome: 'not-taken-into-account',
      explanation: 'Ei.',
    });
    await bodyOfficer.post(`/api/submissions/${d}/response`, {
      outcome: 'partly',
      explanation: 'Sittenkin osin.',
    });

    const counted = async () =>
      responsivenessOf(
        figuresOf(
          (await queryAll(store(), { index: 'gsi1', partition: `BODY#${figuresBody}#SUBMISSIONS` })).map(
            (item) => submissionSchema.parse(item),
          ),
        ),
      );
    const expected = await counted();
    expect(expected).toMatchObject({ submissions: 5, acknowledged: 4, answered: 3 });
    // The figures are stored, counted from the start: the route reads them, not the submissions.
    expect(await readResponsiveness(store(), figuresBody)).toEqual(expected);
    expect((await anonymous().get(`/api/bodies/${figuresBody}/responsiveness`)).json).toEqual(expected);

    // Figures stored before they were kept running are rebuilt once, and then kept running.
    await store().db.send(
      new DeleteCommand({
        TableName: store().tableName,
        Key: { [KEY.pk]: `BODY#${figuresBody}`, [KEY.sk]: 'RESPONSIVENESS' },
      }),
    );
    expect(await readResponsiveness(store(), figuresBody)).toBeUndefined();
    expect((await anonymous().get(`/api/bodies/${figuresBody}/responsiveness`)).json).toEqual(expected);
    await bodyOfficer.post(`/api/submissions/${ids[4]}/acknowledge`, {});
    const later = await counted();
    expect(later.acknowledged).toBe(5);
    expect(await readResponsiveness(store(), figuresBody)).toEqual(later);
    expect((await anonymous().get('/api/bodies/no-such-body/responsiveness')).status).toBe(404);
  });
});
