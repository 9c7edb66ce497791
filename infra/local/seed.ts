import type { Body } from '#shared/bodies/body.ts';
import { addOfficer, createBody } from '#shared/bodies/body-store.ts';
import type { Consultation } from '#shared/consultations/consultation.ts';
import { createConsultation, saveConsultation } from '#shared/consultations/consultation-store.ts';
import { MAX_MAIL_ATTEMPTS, outboxKey, sendOnce } from '#shared/mail/outbox.ts';
import { newApplication } from '#shared/membership/application.ts';
import { approveApplication, submitApplication } from '#shared/membership/application-store.ts';
import { principles } from '#shared/membership/principles.ts';
import { ensurePerson, grantCoordinator, updatePersonProfile } from '#shared/people/person-store.ts';
import { addSource } from '#shared/sources/create-source.ts';
import { pollSource } from '#shared/sources/poll.ts';
import { contentHash } from '#shared/statements/content-hash.ts';
import type { Statement } from '#shared/statements/statement.ts';
import { createStatement, saveStatement } from '#shared/statements/statement-store.ts';
import { type Store, store } from '#shared/store/client.ts';
import { SAMPLE_SOURCES_PATH, samples } from './sample-sources.ts';
import { seedMaterials } from './seed-materials.ts';
import { seedMeetings } from './seed-meetings.ts';
import { seedPeerLeaders } from './seed-peers.ts';
import { seedTranslations } from './seed-translations.ts';
import { seedTray } from './seed-tray.ts';

/** The demo people; each signs in with a code that arrives in the local mail inbox. */
export const demoPeople = {
  coordinator: 'coordinator@demo.kaiutin.local',
  representative: 'amina@demo.kaiutin.local',
  /** The representative of the network's other host. */
  secondHost: 'leila@demo.kaiutin.local',
  officer: 'officer@demo.kaiutin.local',
};

/**
 * Demo data for a new local table (the runtime's, unless another is given): enough to click
 * through every role. `publicBaseUrl` serves the sample agenda documents the demo's sources read.
 */
export async function seedDemoData(publicBaseUrl: string, s: Store = store()): Promise<void> {
  const now = new Date();
  const coordinator = await ensurePerson(s, demoPeople.coordinator, 'fi', now);
  await updatePersonProfile(s, coordinator.id, { name: 'Kaisa Koordinaattori' });
  await grantCoordinator(s, coordinator, 'system', now);
  const actor = { personId: coordinator.id, email: coordinator.email };

  const city: Body = {
    id: 'demo-jyvaskyla',
    kind: 'municipality',
    municipality: 'Jyväskylä',
    name: { fi: 'Jyväskylän kaupunki', sv: 'Jyväskylä stad', en: 'City of Jyväskylä' },
    submissionEmail: 'kirjaamo@demo.kaiutin.local',
    createdAt: now.toISOString(),
  };
  await createBody(s, city, actor, now);
  await addOfficer(s, city, await ensurePerson(s, demoPeople.officer, 'fi', now), actor, now);

  const member = newApplication(
    {
      organisationName: 'Keski-Suomen somalialaisten yhdistys',
      businessId: '1234567-1',
      municipalities: ['Jyväskylä'],
      languages: ['so', 'fi'],
      topics: ['education', 'employment'],
      description: 'Vertaistukea ja läksykerhoja somalinkielisille perheille.',
      contact: { name: 'Amina Demo', email: demoPeople.representative, language: 'fi' },
      representatives: [demoPeople.representative],
      acceptedPrinciplesVersion: principles.version,
    },
    'demo-organisation',
    now,
  );
  await submitApplication(s, member, now);
  const amina = await ensurePerson(s, demoPeople.representative, 'fi', now);
  await updatePersonProfile(s, amina.id, { name: 'Amina Demo' });
  await approveApplication(s, member, [amina], actor, now);

  const host = newApplication(
    {
      organisationName: 'Jyväskylän monikulttuurinen naisyhdistys',
      municipalities: ['Jyväskylä'],
      languages: ['ar', 'fi'],
      topics: ['health-social', 'education'],
      description: 'Naisten kohtaamispaikka, liikuntaryhmiä ja suomen kielen keskustelukerho.',
      contact: { name: 'Leila Demo', email: demoPeople.secondHost, language: 'ar' },
      representatives: [demoPeople.secondHost],
      acceptedPrinciplesVersion: principles.version,
    },
    'demo-host',
    now,
  );
  await submitApplication(s, host, now);
  const leila = await ensurePerson(s, demoPeople.secondHost, 'ar', now);
  await updatePersonProfile(s, leila.id, { name: 'Leila Demo' });
  await approveApplication(s, host, [leila], actor, now);

  const pending = newApplication(
    {
      organisationName: 'Jyväskylän ukrainalaiset',
      municipalities: ['Jyväskylä', 'Muurame'],
      languages: ['uk', 'ru', 'fi'],
      topics: ['housing', 'integration-services'],
      description: 'Neuvontaa ja kohtaamispaikka Ukrainasta tulleille.',
      contact: { name: 'Olena Demo', email: 'olena@demo.kaiutin.local', language: 'uk' },
      representatives: ['olena@demo.kaiutin.local'],
      acceptedPrinciplesVersion: principles.version,
    },
    'demo-application',
    now,
  );
  await submitApplication(s, pending, now);

  // A published consultation with a joint statement open for co-signing, to click through.
  const day = 86_400_000;
  const draft: Consultation = {
    id: 'demo-consultation',
    bodyId: city.id,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: {
      fi: {
        title: 'Kotoutumisohjelma 2027–2030',
        summary:
          'Kaupunki pyytää lausuntoja kotoutumisohjelman luonnoksesta: kielikoulutus, työllisyys ja järjestöyhteistyö.',
        plainSummary:
          'Kaupunki tekee uutta suunnitelmaa siitä, miten se auttaa uusia asukkaita. Kertokaa mielipiteenne.',
      },
      en: {
        title: 'Integration programme 2027–2030',
        summary:
          'The city asks for statements on the draft integration programme: language training, employment and cooperation with associations.',
      },
    },
    topics: ['integration-services', 'employment'],
    links: [],
    statementDeadline: new Date(now.getTime() + 30 * day).toISOString(),
    contact: { name: 'Olli Officer', email: demoPeople.officer },
    status: 'draft',
    version: 0,
    municipality: city.municipality,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    materialChanges: [],
  };
  await createConsultation(s, draft);
  await saveConsultation(s, draft, {
    ...draft,
    status: 'published',
    version: 1,
    publishedAt: now.toISOString(),
  });

  const text = {
    language: 'fi' as const,
    title: 'Järjestöt mukaan kotoutumisohjelman toteutukseen',
    body: 'Esitämme, että kaupunki varaa järjestöille pysyvän paikan kotoutumisohjelman ohjausryhmässä.\n\nKielikoulutusta tarvitaan myös iltaisin, ja lastenhoito on järjestettävä koulutuksen ajaksi, jotta vanhemmat voivat osallistua.',
  };
  const statement: Statement = {
    ...text,
    id: 'demo-statement',
    consultationId: draft.id,
    bodyId: city.id,
    leadOrganisationId: 'demo-organisation',
    leadOrganisationName: 'Keski-Suomen somalialaisten yhdistys',
    status: 'draft',
    version: 1,
    contentHash: contentHash(text),
    signatureCount: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await createStatement(s, statement);
  const cosignDeadline = new Date(now.getTime() + 20 * day).toISOString();
  await saveStatement(s, statement, {
    ...statement,
    status: 'open',
    cosignDeadline,
    openedAt: now.toISOString(),
  });

  // A message the outbox gave up on, for the coordinator's undelivered-mail section: the real
  // outbox, with a sender that refuses every try.
  const refusing = {
    send: () => Promise.reject(new Error('Mailbox unavailable: the receiving server refused the message')),
  };
  const undelivered = outboxKey('notice#demo-undelivered#old-address@demo.kaiutin.local');
  for (let attempt = 0; attempt < MAX_MAIL_ATTEMPTS; attempt += 1)
    await sendOnce({ ...s, sender: refusing }, undelivered, {
      to: ['old-address@demo.kaiutin.local'],
      subject: 'Tervetuloa verkostoon',
      text: 'Tervetuloa Keski-Suomen monikulttuuriseen verkostoon.\n',
      html: '<p>Tervetuloa Keski-Suomen monikulttuuriseen verkostoon.</p>',
    });

  await seedAgendaSources(s, actor, publicBaseUrl, now);
  const callerOf = (person: { id: string; email: string }, name: string, language: string) => ({
    personId: person.id,
    email: person.email,
    name,
    language,
    coordinator: false,
    organisations: [] as string[],
    bodies: [] as string[],
    peerLeader: false,
    translatorLanguages: [],
  });
  await seedMeetings(
    s,
    { ...callerOf(coordinator, 'Kaisa Koordinaattori', 'fi'), coordinator: true },
    { ...callerOf(amina, 'Amina Demo', 'fi'), organisations: ['demo-organisation'] },
    {
      id: 'demo-host',
      representative: { ...callerOf(leila, 'Leila Demo', 'ar'), organisations: ['demo-host'] },
    },
    publicBaseUrl,
    now,
  );
  await seedTray(
    s,
    { ...callerOf(coordinator, 'Kaisa Koordinaattori', 'fi'), coordinator: true },
    { somali: 'demo-organisation', women: 'demo-host' },
    now,
  );
  await seedMaterials(s, actor, { somali: member.id, women: host.id }, now);
  await seedPeerLeaders(
    s,
    { ...callerOf(coordinator, 'Kaisa Koordinaattori', 'fi'), coordinator: true },
    now,
  );
  await seedTranslations(
    s,
    { ...callerOf(coordinator, 'Kaisa Koordinaattori', 'fi'), coordinator: true },
    now,
  );
}

/**
 * A source for each decision system, reading its sample document, and read once: the agenda queue
 * then holds drafts from all five, and the Lausuntopalvelu proposals of the two ministries the
 * network has go to them (the others to the source's own).
 */
async function seedAgendaSources(
  s: Store,
  actor: { personId: string; email: string },
  publicBaseUrl: string,
  now: Date,
) {
  const bodies: Body[] = [
    {
      id: 'demo-helsinki',
      kind: 'municipality',
      municipality: 'Helsinki',
      name: { fi: 'Helsingin kaupunki', sv: 'Helsingfors stad' },
    },
    { id: 'demo-laukaa', kind: 'municipality', municipality: 'Laukaa', name: { fi: 'Laukaan kunta' } },
    {
      id: 'demo-stm',
      kind: 'agency',
      municipality: 'Helsinki',
      name: { fi: 'Sosiaali- ja terveysministeriö', sv: 'Social- och hälsovårdsministeriet' },
    },
    {
      id: 'demo-okm',
      kind: 'agency',
      municipality: 'Helsinki',
      name: { fi: 'Opetus- ja kulttuuriministeriö' },
    },
  ].map(
    (b) =>
      ({
        ...b,
        submissionEmail: `kirjaamo.${b.id}@demo.kaiutin.local`,
        createdAt: now.toISOString(),
      }) as Body,
  );
  for (const body of bodies) await createBody(s, body, actor, now);
  const bodyOf: Record<string, string> = {
    dynasty: 'demo-laukaa',
    ahjo: 'demo-helsinki',
    kerrokantasi: 'demo-helsinki',
    lausuntopalvelu: 'demo-stm',
    kuntalaisaloite: 'demo-laukaa',
  };
  const names: Record<string, string> = {
    dynasty: 'Laukaan kunnanhallitus (Dynasty)',
    ahjo: 'Helsingin päätökset (Ahjo)',
    kerrokantasi: 'Helsingin kuulemiset (Kerrokantasi)',
    lausuntopalvelu: 'Valtion lausuntopyynnöt (Lausuntopalvelu.fi)',
    kuntalaisaloite: 'Laukaan kuntalaisaloitteet',
  };
  for (const { kind, path } of samples) {
    const source = await addSource(
      s,
      {
        bodyId: bodyOf[kind] as string,
        name: names[kind] as string,
        url: `${publicBaseUrl}${SAMPLE_SOURCES_PATH}${path}`,
        kind,
        language: 'fi',
        topics: ['integration-services'],
        keywords: [],
        rules: [{ keywords: ['koulu', 'opetus', 'kieli'], topics: ['education'] }],
        everyMinutes: 24 * 60,
        enabled: true,
      },
      actor,
      now,
    );
    await pollSource(s, source, {}, now, { allowPrivate: true, userAgent: 'Kaiutin demo data' });
  }
}
