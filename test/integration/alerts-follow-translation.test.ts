import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { fanOut } from '#shared/alerts/fan-out.ts';
import { releaseWaitingAlerts } from '#shared/alerts/follow-translation.ts';
import { deliveryPartition } from '#shared/alerts/tally-store.ts';
import { releaseWaiting, waitingFor } from '#shared/alerts/waiting-store.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { type Store, store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { DEFAULT_WAIT_HOURS } from '#shared/translations/facts.ts';
import { consultationSubject } from '#shared/translations/subjects.ts';
import {
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { emailsTo, type StoredEmail } from '../support/ses.ts';
import { publishTranslationItem } from '../support/translations.ts';
import { signedInTranslator } from '../support/translators.ts';

const HOUR = 3_600_000;
const PERSIAN = { title: 'حمل و نقل مدرسه', plainSummary: 'قوانین حمل و نقل تغییر می‌کند.' };
const RUSSIAN = { title: 'Школьный транспорт', plainSummary: 'Правила перевозки меняются.' };
const SWEDISH = { title: 'Skolskjuts i byn', plainSummary: 'Reglerna för skolskjuts ändras.' };
const ARABIC = { title: 'النقل المدرسي في القرية', plainSummary: 'تتغير قواعد النقل المدرسي.' };
const SOMALI = { title: 'Gaadiidka dugsiga', plainSummary: 'Xeerarka gaadiidka dugsiga ayaa isbedelaya.' };

let coordinator: Client;
let officer: Client;
let bodyId: string;

async function subscriber(label: string, subscription: Record<string, unknown>) {
  const org = await memberOrganisation(coordinator, label);
  const rep = org.reps[0] as Client;
  const made = await rep.post(`/api/organisations/${org.id}/subscriptions`, {
    bodies: [bodyId],
    frequency: 'immediate',
    ...subscription,
  });
  expect(made.status).toBe(201);
  return { email: rep.email, made: made.json, rep, organisationId: org.id };
}

async function publishedConsultation(title: string) {
  consultationTitles.push(title);
  const { json: draft } = await officer.post('/api/consultations', {
    bodyId,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: { fi: { title, summary: 'Kuljetusperiaatteet päivitetään.', plainSummary: 'Säännöt muuttuvat.' } },
    topics: ['education'],
    statementDeadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
    contact: { name: 'V', email: 'v@example.org' },
  });
  await officer.post(`/api/consultations/${draft.id}/publish`);
  return String(draft.id);
}

async function publishTranslation(consultationId: string, language: string, fields: Record<string, string>) {
  const consultation = await getConsultation(store(), consultationId);
  if (!consultation) throw new Error('missing');
  await publishTranslationItem(store(), consultationSubject(consultation), language, fields, new Date());
}

/**
 * The translation as the network makes it: the request the consultation's publication opened
 * (Arabic readers subscribe), claimed, written and submitted by one translator, published by another.
 */
async function translateThroughWorkflow(
  consultationId: string,
  language: string,
  fields: Record<string, string>,
) {
  const at = `/api/translation-requests/consultation/${encodeURIComponent(consultationId)}/${language}`;
  const [writer, reviewer] = await Promise.all([
    signedInTranslator('follow-writer', [language]),
    signedInTranslator('follow-reviewer', [language]),
  ]);
  const opened = await until(
    () => writer.get(at),
    (answer) => answer.status === 200,
  );
  expect(opened.json.request).toMatchObject({ status: 'open', sourceLanguage: 'fi' });
  const claimed = await writer.post(`${at}/claim`, { version: opened.json.request.version });
  const saved = await writer.request('PUT', `${at}/draft`, { fields, version: claimed.json.request.version });
  const submitted = await writer.post(`${at}/submit`, { version: saved.json.request.version });
  const published = await reviewer.post(`${at}/review`, {
    outcome: 'publish',
    version: submitted.json.request.version,
  });
  expect(published.status).toBe(200);
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const waitingOf = (consultationId: string, language: string) =>
  until(
    () => waitingFor(store(), consultationId, 1, language),
    (items) => items.length > 0,
  );
const subjects = (emails: StoredEmail[]) => emails.map((e) => e.subject);
/** The alerts an address got (its mailbox also holds the membership and sign-in mail), oldest first. */
const alertsTo = async (email: string) =>
  (await emailsTo(email)).filter((e) => consultationTitles.some((title) => e.subject.includes(title)));
const alertsAtLeast = (email: string, count: number) =>
  until(
    () => alertsTo(email),
    (emails) => emails.length >= count,
  );
const consultationTitles: string[] = [
  ARABIC.title,
  SOMALI.title,
  PERSIAN.title,
  RUSSIAN.title,
  SWEDISH.title,
];
const figuresOf = async (id: string) => (await officer.get(`/api/consultations/${id}/alerts`)).json;
const unsubscribe = async (s: Awaited<ReturnType<typeof subscriber>>) =>
  expect(
    (await s.rep.delete(`/api/organisations/${s.organisationId}/subscriptions/${s.made.id}`)).status,
  ).toBe(204);
/** The store as a fan-out sees it that read the languages' translations before one was published. */
const notYetTranslated = (real: Store): Store =>
  ({
    ...real,
    db: {
      send: (command: unknown) =>
        command instanceof GetCommand && String(command.input.Key?.pk).startsWith('TRANSLATION#')
          ? Promise.resolve({})
          : real.db.send(command as never),
    },
  }) as unknown as Store;
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  const municipality = `Kunta-${randomUUID().slice(0, 8)}`;
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'board',
      municipality,
      name: { fi: `Sivistyslautakunta ${municipality}` },
      submissionEmail: 'k@example.org',
    })
  ).json.id;
  const email = uniqueEmail('follow-officer');
  await coordinator.post(`/api/bodies/${bodyId}/officers`, { email });
  officer = await signIn(email);
});

describe('alerts that follow the translation', () => {
  it('a subscription waits only if immediate, and says how long', async () => {
    const waiting = await subscriber('wait-choice', { language: 'ar', waitHours: DEFAULT_WAIT_HOURS });
    expect(waiting.made).toMatchObject({ waitHours: DEFAULT_WAIT_HOURS, status: 'active' });
    const org = await memberOrganisation(coordinator, 'wait-weekly');
    const rep = org.reps[0] as Client;
    const weekly = await rep.post(`/api/organisations/${org.id}/subscriptions`, {
      bodies: [bodyId],
      language: 'ar',
      frequency: 'weekly',
      waitHours: 24,
    });
    expect(weekly.status).toBe(400);
    expect(weekly.json.error.fields).toContainEqual(
      expect.objectContaining({ field: 'waitHours', code: 'waitNeedsImmediate' }),
    );
    const tooLong = await rep.post(`/api/organisations/${org.id}/subscriptions`, {
      bodies: [bodyId],
      language: 'ar',
      frequency: 'immediate',
      waitHours: 1000,
    });
    expect(tooLong.status).toBe(400);
    // Ended again, so that the consultations below do not alert it.
    const path = `/api/organisations/${waiting.organisationId}/subscriptions`;
    expect((await waiting.rep.delete(`${path}/${waiting.made.id}`)).status).toBe(204);
    expect((await waiting.rep.get(path)).json.items).toEqual([]);
  });

  it('a waiter gets one alert in their language; who had the original gets one follow-up, once', async () => {
    const waiter = await subscriber('waits', { language: 'ar', waitHours: 48 });
    const shortWait = await subscriber('waits-briefly', { language: 'ar', waitHours: 1 });
    const atOnce = await subscriber('at-once', { language: 'ar' });
    const finnish = await subscriber('finnish', { language: 'fi', waitHours: 24 });

    const title = `Koulukuljetukset ${randomUUID().slice(0, 6)}`;
    const id = await publishedConsultation(title);

    // At once: the Finnish original to the Arabic reader who does not wait, and to the Finnish one.
    const first = await alertsAtLeast(atOnce.email, 1);
    expect(subjects(first)).toEqual([expect.stringContaining(title)]);
    expect(subjects(await alertsAtLeast(finnish.email, 1))).toEqual([expect.stringContaining(title)]);
    // The waiters get nothing, and wait.
    expect((await waitingOf(id, 'ar')).map((w) => w.email).sort()).toEqual(
      [waiter.email, shortWait.email].sort(),
    );
    await settle();
    expect(await alertsTo(waiter.email)).toEqual([]);
    expect(await alertsTo(shortWait.email)).toEqual([]);

    // An hour and more later the short wait runs out: the original goes to that waiter only.
    const released = await releaseWaitingAlerts(store(), new Date(Date.now() + 2 * HOUR));
    expect(released.released).toBeGreaterThanOrEqual(1);
    expect(subjects(await alertsAtLeast(shortWait.email, 1))).toEqual([expect.stringContaining(title)]);
    expect((await waitingFor(store(), id, 1, 'ar')).map((w) => w.email)).toEqual([waiter.email]);

    // The Arabic translation is requested, written, reviewed and published: one Arabic alert to the
    // waiter, one follow-up to each who had the original.
    await translateThroughWorkflow(id, 'ar', ARABIC);
    const arabic = await alertsAtLeast(waiter.email, 1);
    expect(subjects(arabic)).toEqual([expect.stringContaining(ARABIC.title)]);
    expect(arabic[0]?.body.text).toContain(ARABIC.plainSummary);
    const followed = await alertsAtLeast(atOnce.email, 2);
    expect(subjects(followed)[1]).toContain(ARABIC.title);
    expect(followed[1]?.body.text).toContain(ARABIC.plainSummary);
    const briefly = await alertsAtLeast(shortWait.email, 2);
    expect(subjects(briefly)[1]).toContain(ARABIC.title);

    // The translation item written again (as a correction republishes it): nothing more.
    await publishTranslation(id, 'ar', ARABIC);
    await settle();
    expect(await alertsTo(waiter.email)).toHaveLength(1);
    expect(await alertsTo(atOnce.email)).toHaveLength(2);
    expect(await alertsTo(shortWait.email)).toHaveLength(2);
    // The Finnish reader has the original: no follow-up.
    expect(await alertsTo(finnish.email)).toHaveLength(1);

    const figures = await until(
      async () => (await officer.get(`/api/consultations/${id}/alerts`)).json,
      (json) => json.versions?.[0]?.followUpsSent === 2 && json.versions?.[0]?.pending === 0,
    );
    expect(figures.versions[0]).toMatchObject({
      version: 1,
      reason: 'published',
      recipients: 4,
      alerted: 4,
      pending: 0,
      waiting: 2,
      releasedInTranslation: 1,
      releasedInOriginal: 1,
      followUps: 2,
      followUpsSent: 2,
      followUpsFailed: 0,
    });
    expect(figures.total).toMatchObject({ waiting: 2, followUps: 2 });
  });

  it('an update does not wait', async () => {
    const waiter = await subscriber('update-waits', { language: 'so', waitHours: 24 });
    const id = await publishedConsultation(`Päivitys ${randomUUID().slice(0, 6)}`);
    await waitingOf(id, 'so');
    const moved = await officer.patch(`/api/consultations/${id}`, {
      statementDeadline: new Date(Date.now() + 40 * 86_400_000).toISOString(),
    });
    expect(moved.json.version).toBe(2);
    const updated = await until(
      () => queryAll(store(), { partition: deliveryPartition(id, 2), sortKeyPrefix: 'TO#' }),
      (items) => items.some((d) => d.email === waiter.email),
    );
    expect(updated.filter((d) => d.email === waiter.email).map((d) => d.reason)).toEqual(['updated']);
    // Its wait for the first version goes on until its language or its time comes.
    await releaseWaitingAlerts(store(), new Date(Date.now() + 25 * HOUR));
    expect(await alertsAtLeast(waiter.email, 2)).toHaveLength(2);
  });

  it('a translation published as the wait runs out: the original and a follow-up, or the translation alone', async () => {
    const waiters = await Promise.all(
      Array.from({ length: 6 }, (_, i) => subscriber(`race-${i}`, { language: 'so', waitHours: 1 })),
    );
    const id = await publishedConsultation(`Kilpajuoksu ${randomUUID().slice(0, 6)}`);
    await until(
      () => waitingFor(store(), id, 1, 'so'),
      (items) => items.length === waiters.length,
    );
    // Both at the same moment: the schedule's release and the translation's publication.
    await Promise.all([
      releaseWaitingAlerts(store(), new Date(Date.now() + 2 * HOUR)),
      publishTranslation(id, 'so', SOMALI),
    ]);
    const finished = (emails: StoredEmail[]) =>
      emails.length === 2 || (emails.length === 1 && emails[0]?.subject.includes(SOMALI.title) === true);
    for (const { email } of waiters) await until(() => alertsTo(email), finished);
    await settle();
    for (const { email } of waiters) {
      const got = subjects(await alertsTo(email));
      // Either the original and then its follow-up in Somali, or one alert in Somali; never more.
      if (got.length === 1) expect(got[0]).toContain(SOMALI.title);
      else {
        expect(got).toHaveLength(2);
        expect(got[0]).not.toContain(SOMALI.title);
        expect(got[1]).toContain(SOMALI.title);
      }
    }
    expect(await waitingFor(store(), id, 1, 'so')).toEqual([]);
  });

  it('a wait cannot end in the original once the translation is there', async () => {
    const waiter = await subscriber('translated-first', { language: 'uk', waitHours: 1 });
    const id = await publishedConsultation(`Käännös ensin ${randomUUID().slice(0, 6)}`);
    consultationTitles.push('Шкільний транспорт');
    const [waiting] = await waitingOf(id, 'uk');
    if (!waiting) throw new Error('not waiting');
    await publishTranslation(id, 'uk', { title: 'Шкільний транспорт', plainSummary: 'Правила змінюються.' });
    // Whether the translation's own release came first or not, this release in the original fails.
    expect(await releaseWaiting(store(), waiting, 'original', new Date(Date.now() + 2 * HOUR))).not.toBe(
      'released',
    );
    const emails = await alertsAtLeast(waiter.email, 1);
    await settle();
    expect(subjects(await alertsTo(waiter.email))).toEqual([expect.stringContaining('Шкільний транспорт')]);
    expect(emails).toHaveLength(1);
  });
  it('an ended subscription gets no waiting alert and no follow-up', async () => {
    const waitsLong = await subscriber('ends-long-wait', { language: 'fa', waitHours: 48 });
    const waitsBriefly = await subscriber('ends-short-wait', { language: 'fa', waitHours: 1 });
    const atOnce = await subscriber('ends-at-once', { language: 'fa' });
    const id = await publishedConsultation(`Päättyneet ${randomUUID().slice(0, 6)}`);
    expect(await alertsAtLeast(atOnce.email, 1)).toHaveLength(1);
    await until(
      () => waitingFor(store(), id, 1, 'fa'),
      (items) => items.length === 2,
    );
    // Both waiting items expire some days after they are due: the address they hold goes anyway.
    for (const item of await waitingFor(store(), id, 1, 'fa'))
      expect(Number(item.expiresAt) * 1000).toBeGreaterThan(Date.parse(String(item.dueAt)));

    // All three unsubscribe during the wait.
    await Promise.all([unsubscribe(waitsLong), unsubscribe(waitsBriefly), unsubscribe(atOnce)]);
    // The short wait runs out: nothing is sent.
    await releaseWaitingAlerts(store(), new Date(Date.now() + 2 * HOUR));
    // The translation is published: no alert in it to the long waiter, no follow-up to who had the original.
    await publishTranslation(id, 'fa', PERSIAN);
    await until(
      () => waitingFor(store(), id, 1, 'fa'),
      (items) => items.length === 0,
    );
    await releaseWaitingAlerts(store(), new Date(Date.now() + 49 * HOUR));
    await settle();
    expect(await alertsTo(waitsLong.email)).toEqual([]);
    expect(await alertsTo(waitsBriefly.email)).toEqual([]);
    expect(await alertsTo(atOnce.email)).toHaveLength(1);
    const delivered = (
      await queryAll(store(), { partition: deliveryPartition(id, 1), sortKeyPrefix: 'TO#' })
    ).map((d) => d.email);
    expect(delivered).toContain(atOnce.email);
    expect(delivered).not.toContain(waitsLong.email);
    expect(delivered).not.toContain(waitsBriefly.email);
    expect(await queryAll(store(), { partition: `FOLLOW-UP#${id}` })).toEqual([]);
  });

  it('a wait that runs out after its translation is sent in it, though the translation released nothing', async () => {
    const id = await publishedConsultation(`Myöhässä ${randomUUID().slice(0, 6)}`);
    // Published, translated (its release finds no one waiting), and only then fanned out by a record
    // that read the translations before: the waiting item comes after the translation's release.
    const late = await subscriber('late-waiter', { language: 'ru', waitHours: 1 });
    await publishTranslation(id, 'ru', RUSSIAN);
    await settle();
    const consultation = await getConsultation(store(), id);
    if (!consultation) throw new Error('missing');
    await fanOut(notYetTranslated(store()), consultation, 'published', new Date());
    expect((await waitingFor(store(), id, 1, 'ru')).map((w) => w.email)).toEqual([late.email]);

    const released = await releaseWaitingAlerts(store(), new Date(Date.now() + 2 * HOUR));
    expect(released.translated).toBeGreaterThanOrEqual(1);
    expect(await waitingFor(store(), id, 1, 'ru')).toEqual([]);
    const got = await alertsAtLeast(late.email, 1);
    await settle();
    expect(subjects(await alertsTo(late.email))).toEqual([expect.stringContaining(RUSSIAN.title)]);
    expect(got[0]?.body.text).toContain(RUSSIAN.plainSummary);
    expect((await figuresOf(id)).versions[0]).toMatchObject({ releasedInTranslation: 1 });
  });

  it('a fan-out redelivered after the translation released its waiters leaves the figures as they are', async () => {
    const waiter = await subscriber('redelivered-waiter', { language: 'sv', waitHours: 24 });
    const atOnce = await subscriber('redelivered-at-once', { language: 'sv' });
    const id = await publishedConsultation(`Uudelleen ${randomUUID().slice(0, 6)}`);
    await waitingOf(id, 'sv');
    await publishTranslation(id, 'sv', SWEDISH);
    await alertsAtLeast(waiter.email, 1);
    await alertsAtLeast(atOnce.email, 2);
    const before = await until(
      () => figuresOf(id),
      (json) => json.versions?.[0]?.followUpsSent === 1 && json.versions?.[0]?.pending === 0,
    );
    expect(before.versions[0].releasedInTranslation).toBe(1);

    const consultation = await getConsultation(store(), id);
    if (!consultation) throw new Error('missing');
    const again = await fanOut(store(), consultation, 'published', new Date());
    expect(again.alreadyWritten).toBe(again.immediate + again.waiting + again.digest);
    expect(await figuresOf(id)).toEqual(before);
    await settle();
    expect(await alertsTo(waiter.email)).toHaveLength(1);
    expect(await alertsTo(atOnce.email)).toHaveLength(2);
  });
});
