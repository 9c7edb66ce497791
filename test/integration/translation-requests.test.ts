import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { handle } from '#functions/streams/request-translations.ts';
import { profileKey } from '#shared/consultations/consultation-store.ts';
import { store } from '#shared/store/client.ts';
import { getMany } from '#shared/store/query.ts';
import type { TranslatableKind } from '#shared/translations/facts.ts';
import { neededLanguages } from '#shared/translations/needs-store.ts';
import { listRequests } from '#shared/translations/open-requests-store.ts';
import { requestTranslations } from '#shared/translations/request-translations.ts';
import { readSubject } from '#shared/translations/subjects.ts';
import type { TranslationRequest } from '#shared/translations/translation.ts';
import { getTranslation } from '#shared/translations/translation-store.ts';
import { heldMeeting, seriesWith, storedMeeting } from '../support/meetings.ts';
import {
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { publishTranslationItem } from '../support/translations.ts';
import { sampleActivity, writeActivity } from '../support/tray.ts';

let coordinator: Client;
let officer: Client;
let member: Awaited<ReturnType<typeof memberOrganisation>>;
let other: Awaited<ReturnType<typeof memberOrganisation>>;
let bodyId: string;
const rep = () => member.reps[0] as Client;

async function until<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`No ${what} within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The subject's request in a language once it is there and `holds`. */
const requestIn = (
  kind: TranslatableKind,
  id: string,
  language: string,
  holds: (r: TranslationRequest) => boolean = () => true,
) =>
  until(
    async () => (await listRequests(store(), kind, id)).find((r) => r.language === language && holds(r)),
    `${language} request of ${kind} ${id}`,
  );

async function publishConsultation(title: string) {
  const { json } = await officer.post('/api/consultations', {
    bodyId,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: {
      fi: { title, summary: 'Kirjaston aukioloajat muuttuvat.', plainSummary: 'Kirjasto on auki vähemmän.' },
    },
    topics: ['education'],
    statementDeadline: '2031-03-01T14:00:00Z',
    contact: { name: 'V', email: 'v@example.org' },
  });
  expect((await officer.post(`/api/consultations/${json.id}/publish`)).status).toBe(200);
  return json;
}

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  // Member organisations' languages (fi, ar) are needed languages, as are active subscriptions'.
  [member, other] = await Promise.all([
    memberOrganisation(coordinator, 'requests-member'),
    memberOrganisation(coordinator, 'requests-other', 1, false),
  ]);
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'municipality',
      municipality: `Kunta-${randomUUID().slice(0, 8)}`,
      name: { fi: 'Käännöskunta' },
      submissionEmail: 'k@example.org',
    })
  ).json.id;
  const email = uniqueEmail('requests-officer');
  await coordinator.post(`/api/bodies/${bodyId}/officers`, { email });
  officer = await signIn(email);
});

describe('translation requests of what is published', () => {
  it('requests a Finnish consultation in Arabic and the other needed languages, never in Finnish, once', async () => {
    const subscribed = await rep().post(`/api/organisations/${member.id}/subscriptions`, {
      bodies: [bodyId],
      language: 'ar',
      frequency: 'immediate',
    });
    expect(subscribed.status).toBe(201);
    const consultation = await publishConsultation(`Kirjasto ${randomUUID().slice(0, 6)}`);
    const arabic = await requestIn('consultation', consultation.id, 'ar');
    expect(arabic).toMatchObject({ status: 'open', sourceLanguage: 'fi', draftFrom: 'empty', version: 1 });
    const requests = await listRequests(store(), 'consultation', consultation.id);
    const needed = await neededLanguages(store());
    expect(requests.map((r) => r.language)).not.toContain('fi');
    for (const r of requests) expect(needed).toContain(r.language);

    // The publication's record delivered again: every request stays as it was written.
    const [profile] = await getMany(store(), [profileKey(consultation.id)]);
    await handle({
      eventName: 'MODIFY',
      newImage: profile,
      oldImage: { ...profile, status: 'draft' },
      sequenceNumber: 'redelivered',
    });
    // Those written before are as they were (the stream may still have been writing the rest).
    const after = await listRequests(store(), 'consultation', consultation.id);
    expect(after).toEqual(expect.arrayContaining(requests));
    expect(new Set(after.map((r) => r.language)).size).toBe(after.length);
  });

  it('makes an amended original’s reviewed translation outdated, and requests it again from that translation', async () => {
    const consultation = await publishConsultation(`Uimahalli ${randomUUID().slice(0, 6)}`);
    await requestIn('consultation', consultation.id, 'ar');
    const first = await readSubject(store(), 'consultation', consultation.id);
    if (!first) throw new Error('no subject');
    const earlier = await publishTranslationItem(
      store(),
      first,
      'ar',
      { title: 'المسبح', plainSummary: 'المكتبة مفتوحة أقل.' },
      new Date(),
    );
    const amended = await officer.patch(`/api/consultations/${consultation.id}`, {
      texts: { fi: { ...consultation.texts.fi, plainSummary: 'Uimahalli on kiinni kesällä.' } },
    });
    expect(amended.status).toBe(200);
    const again = await requestIn('consultation', consultation.id, 'ar', (r) => r.draftFrom === 'earlier');
    const now = await readSubject(store(), 'consultation', consultation.id);
    expect(now?.sourceHash).not.toBe(first.sourceHash);
    expect(again).toMatchObject({ sourceHash: now?.sourceHash, draft: earlier.fields, status: 'open' });
    // Readers still see the reviewed translation, now of an earlier version.
    const shown = await getTranslation(store(), 'consultation', consultation.id, 'ar');
    expect(shown).toMatchObject({ mark: 'reviewed', sourceHash: first.sourceHash });
    // Every open request now asks for the original as it is: the amendment's handler brings them up
    // after it has re-requested Arabic, so the last of them may still be on its way.
    await vi.waitFor(
      async () => {
        for (const r of await listRequests(store(), 'consultation', consultation.id))
          expect(r.sourceHash, r.language).toBe(now?.sourceHash);
      },
      { timeout: 15_000, interval: 250 },
    );
  });

  it('requests a published meeting, published minutes with decisions, and an activity', async () => {
    const meeting = await storedMeeting({ theme: 'Kotoutumisohjelma' });
    expect(await requestIn('meeting', meeting.id, 'ar')).toMatchObject({
      title: meeting.title,
      sourceLanguage: 'fi',
    });

    const hostOf = (org: { id: string; name: string }) => ({ organisationId: org.id, name: org.name });
    const series = await seriesWith([hostOf(member), hostOf(other)]);
    const held = await heldMeeting(series, hostOf(member));
    await rep().post(`/api/meetings/${held.id}/minutes`, {
      text: 'Kokous avattiin.',
      decisions: [{ text: 'Lausutaan kotoutumisohjelmasta yhdessä.' }],
    });
    const inDays = (days: number, hour: number) => {
      const d = new Date(Date.now() + days * 86_400_000);
      d.setUTCHours(hour, 0, 0, 0);
      return d.toISOString();
    };
    const closed = await rep().post(`/api/meetings/${held.id}/minutes/close`, {
      next: { startsAt: inDays(60, 9), endsAt: inDays(60, 12) },
    });
    expect(closed.status).toBe(200);
    const minutes = await requestIn('minutes', held.id, 'ar');
    expect(minutes.sourceHash).toBe((await readSubject(store(), 'minutes', held.id))?.sourceHash);

    const activity = await writeActivity(store(), sampleActivity(member.id));
    expect(await requestIn('activity', activity.id, 'ar')).toMatchObject({ sourceLanguage: 'fi' });
  });

  it('brings the requests of a statement whose lead asked for translations up to its new text', async () => {
    const consultation = await publishConsultation(`Koulukuljetus ${randomUUID().slice(0, 6)}`);
    const created = await rep().post(`/api/consultations/${consultation.id}/statements`, {
      organisationId: member.id,
      language: 'fi',
      title: 'Kuljetukset säilytettävä',
      body: 'Järjestöt esittävät, että koulukuljetukset säilytetään.',
    });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString();
    expect((await rep().post(`/api/statements/${id}/open`, { cosignDeadline: inTenDays })).status).toBe(200);
    // Not requested by publication: only where the lead asks (as the workflow's route will).
    const opened = await readSubject(store(), 'statement', id);
    if (!opened) throw new Error('no statement');
    expect((await requestTranslations(store(), opened, new Date(), ['ar'])).requested).toEqual(['ar']);

    const edited = await rep().patch(`/api/statements/${id}`, {
      body: 'Järjestöt esittävät, että koulukuljetukset säilytetään kaikille.',
      version: created.json.version,
    });
    expect(edited.status).toBe(200);
    const current = await readSubject(store(), 'statement', id);
    const updated = await requestIn('statement', id, 'ar', (r) => r.sourceHash === current?.sourceHash);
    expect(updated).toMatchObject({ version: 2, status: 'open', title: 'Kuljetukset säilytettävä' });
    // Only the language the lead asked for: nothing else was requested.
    expect((await listRequests(store(), 'statement', id)).map((r) => r.language)).toEqual(['ar']);
  });
});
