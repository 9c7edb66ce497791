import { beforeAll, describe, expect, inject, it } from 'vitest';
import { digestEntriesOf } from '#shared/alerts/digest-store.ts';
import { fanOut } from '#shared/alerts/fan-out.ts';
import { deliveryPartition } from '#shared/alerts/tally-store.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import {
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { waitForMatching } from '../support/ses.ts';

let coordinator: Client;
let officer: Client;
let education: string;
let social: string;

async function subscriber(label: string, subscription: Record<string, unknown>) {
  const org = await memberOrganisation(coordinator, label);
  const rep = org.reps[0] as Client;
  const made = await rep.post(`/api/organisations/${org.id}/subscriptions`, subscription);
  expect(made.status).toBe(201);
  return { email: rep.email, rep, organisationId: org.id };
}

const deliveries = async (consultationId: string, version: number) =>
  (await queryAll(store(), { partition: deliveryPartition(consultationId, version) })).filter(
    (item) => item.entity === 'delivery',
  );

async function waitFor<T>(read: () => Promise<T[]>, count: number): Promise<T[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const items = await read();
    if (items.length >= count || Date.now() > deadline) return items;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  const body = (name: string) => ({
    kind: 'board',
    municipality: 'Laukaa',
    name: { fi: name },
    submissionEmail: 'k@example.org',
  });
  education = (await coordinator.post('/api/bodies', body('Sivistyslautakunta'))).json.id;
  social = (await coordinator.post('/api/bodies', body('Perusturvalautakunta'))).json.id;
  const email = uniqueEmail('fanout-officer');
  await coordinator.post(`/api/bodies/${education}/officers`, { email });
  officer = await signIn(email);
});

describe('fan-out of alerts', () => {
  it('writes a delivery for each immediate match, a digest entry for each weekly one, and nothing twice', async () => {
    const somali = await subscriber('somali', {
      bodies: [education],
      topics: ['education'],
      language: 'so',
      frequency: 'immediate',
    });
    const arabic = await subscriber('arabic', {
      municipalities: ['Laukaa'],
      language: 'ar',
      frequency: 'immediate',
    });
    const weekly = await subscriber('weekly', { bodies: [education], language: 'en', frequency: 'weekly' });
    await subscriber('other-topic', {
      bodies: [education],
      topics: ['housing'],
      language: 'fi',
      frequency: 'immediate',
    });
    await subscriber('other-body', { bodies: [social], language: 'fi', frequency: 'immediate' });
    const leaving = await subscriber('resigned', {
      bodies: [education],
      language: 'fi',
      frequency: 'immediate',
    });
    await leaving.rep.post(`/api/organisations/${leaving.organisationId}/resignation`, {});

    const { json: draft } = await officer.post('/api/consultations', {
      bodyId: education,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Koulukuljetukset', summary: 'Kuljetusperiaatteet päivitetään.' } },
      topics: ['education', 'transport'],
      statementDeadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      contact: { name: 'V', email: 'v@example.org' },
    });
    await officer.post(`/api/consultations/${draft.id}/publish`);

    const written = await waitFor(() => deliveries(draft.id, 1), 2);
    expect(written.map((d) => [d.email, d.language, d.reason]).sort()).toEqual(
      [
        [arabic.email, 'ar', 'published'],
        [somali.email, 'so', 'published'],
      ].sort(),
    );
    const digest = await waitFor(() => digestEntriesOf(store(), weekly.email), 1);
    expect(digest.map((entry) => entry.consultationId)).toEqual([draft.id]);

    const published = await getConsultation(store(), draft.id);
    if (!published) throw new Error('missing');
    expect(await fanOut(store(), published, 'published', new Date())).toEqual({
      immediate: 2,
      translated: 0,
      waiting: 0,
      digest: 1,
      suppressed: 0,
      alreadyWritten: 3,
    });
    expect(await deliveries(draft.id, 1)).toHaveLength(2);

    const moved = await officer.patch(`/api/consultations/${draft.id}`, {
      statementDeadline: new Date(Date.now() + 40 * 86_400_000).toISOString(),
    });
    expect(moved.json.version).toBe(2);
    const updates = await waitFor(() => deliveries(draft.id, 2), 2);
    expect(updates.map((d) => d.reason)).toEqual(['updated', 'updated']);

    const reworded = await officer.patch(`/api/consultations/${draft.id}`, {
      links: [{ title: 'Liite', url: 'https://example.org/liite.pdf' }],
    });
    expect(reworded.json).toMatchObject({ version: 3, materialChanges: [] });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await deliveries(draft.id, 3)).toEqual([]);
  });
});

describe('the weekly digest', () => {
  it('sends each weekly subscriber one email of what is new, then nothing until there is more', async () => {
    const weekly = await subscriber('digest', { bodies: [social], language: 'en', frequency: 'weekly' });
    const socialOfficer = uniqueEmail('social-officer');
    await coordinator.post(`/api/bodies/${social}/officers`, { email: socialOfficer });
    const author = await signIn(socialOfficer);
    const titles = ['Vammaispalvelut', 'Asumisneuvonta'];
    for (const title of titles) {
      const { json } = await author.post('/api/consultations', {
        bodyId: social,
        kind: 'hearing',
        originalLanguage: 'fi',
        texts: { fi: { title, summary: 'Yhteenveto.' } },
        topics: ['health-social'],
        statementDeadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        contact: { name: 'V', email: 'v@example.org' },
      });
      await author.post(`/api/consultations/${json.id}/publish`);
    }
    await waitFor(() => digestEntriesOf(store(), weekly.email), 2);

    const run = () => fetch(`${inject('runtime').baseUrl}/_local/schedules/send-digests`, { method: 'POST' });
    expect((await run()).status).toBe(200);
    const digests = await waitForMatching(weekly.email, (mail) =>
      mail.subject.startsWith('Kaiutin weekly digest'),
    );
    expect(digests).toHaveLength(1);
    expect(digests[0]?.subject).toBe('Kaiutin weekly digest: 2 new');
    for (const title of titles) expect(digests[0]?.body.text).toContain(title);
    expect(await digestEntriesOf(store(), weekly.email)).toEqual([]);

    await run();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      await waitForMatching(weekly.email, (mail) => mail.subject.startsWith('Kaiutin weekly digest'), 2, 500),
    ).toHaveLength(1);
  });
});
