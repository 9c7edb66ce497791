import { config } from '#shared/config.ts';
import { newApplication } from '#shared/membership/application.ts';
import { putApplication } from '#shared/membership/application-store.ts';
import { principles } from '#shared/membership/principles.ts';
import { documentClient } from '#shared/store/client.ts';

/** Demo data for a new local table: enough to click through what exists. */
export async function seedDemoData(): Promise<boolean> {
  const application = newApplication(
    {
      organisationName: 'Keski-Suomen somalialaisten yhdistys',
      businessId: '1234567-1',
      municipalities: ['Jyväskylä'],
      languages: ['so', 'fi'],
      topics: ['education', 'employment'],
      description: 'Vertaistukea ja läksykerhoja somalinkielisille perheille.',
      contact: { name: 'Amina Demo', email: 'amina@demo.kaiutin.local', language: 'fi' },
      representatives: ['amina@demo.kaiutin.local'],
      acceptedPrinciplesVersion: principles.version,
    },
    'demo-application-1',
    new Date(),
  );
  await putApplication(documentClient(), config().tableName, application);
  return true;
}
