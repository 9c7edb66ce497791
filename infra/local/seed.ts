import type { Body } from '#shared/bodies/body.ts';
import { addOfficer, createBody } from '#shared/bodies/body-store.ts';
import { newApplication } from '#shared/membership/application.ts';
import { approveApplication, submitApplication } from '#shared/membership/application-store.ts';
import { principles } from '#shared/membership/principles.ts';
import { ensurePerson, grantCoordinator, updatePersonProfile } from '#shared/people/person-store.ts';
import { store } from '#shared/store/client.ts';

/** The demo people; each signs in with a code that arrives in the local mail inbox. */
export const demoPeople = {
  coordinator: 'coordinator@demo.kaiutin.local',
  representative: 'amina@demo.kaiutin.local',
  officer: 'officer@demo.kaiutin.local',
};

/** Demo data for a new local table: enough to click through every role. */
export async function seedDemoData(): Promise<void> {
  const s = store();
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
  await approveApplication(
    s,
    member,
    [await ensurePerson(s, demoPeople.representative, 'fi', now)],
    actor,
    now,
  );

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
}
