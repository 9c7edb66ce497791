import type { PersonActor } from '#shared/audit/audit.ts';
import type { Store } from '#shared/store/client.ts';
import type { Material } from '#shared/tray/activity.ts';
import { createMaterial, getMaterial } from '#shared/tray/material-store.ts';

/**
 * The material bank's demo links: two of the Somali association's, one of the women's association's,
 * in several languages. Fixed ids, and each written only if it is not there yet: seeding again
 * changes nothing.
 */
export async function seedMaterials(
  s: Store,
  actor: PersonActor,
  organisations: { somali: string; women: string },
  now: Date,
) {
  const at = now.toISOString();
  const materials: Material[] = [
    {
      id: '6a0c9a3e-2f4b-4c41-9d0e-5b7f1e2a9c01',
      organisationId: organisations.somali,
      title: 'Koulun ja kodin yhteistyö – opas vanhemmille',
      description: 'Selkokielinen opas peruskoulusta, Wilmasta ja vanhempainilloista suomeksi ja somaliksi.',
      languages: ['fi', 'so'],
      topics: ['education', 'early-childhood'],
      url: 'https://example.org/kaiutin-demo/koulu-opas',
      createdAt: at,
      updatedAt: at,
    },
    {
      id: '6a0c9a3e-2f4b-4c41-9d0e-5b7f1e2a9c02',
      organisationId: organisations.somali,
      title: 'Työnhaun videosarja',
      description: 'Lyhyitä videoita työnhausta ja TE-palveluista somaliksi ja englanniksi.',
      languages: ['so', 'en'],
      topics: ['employment'],
      url: 'https://example.org/kaiutin-demo/tyonhaku-videot',
      createdAt: at,
      updatedAt: at,
    },
    {
      id: '6a0c9a3e-2f4b-4c41-9d0e-5b7f1e2a9c03',
      organisationId: organisations.women,
      title: 'Terveyspalvelut Jyväskylässä',
      description: 'Mistä apua saa, kun sairastuu: neuvola, terveysasema ja päivystys arabiaksi ja suomeksi.',
      languages: ['ar', 'fi'],
      topics: ['health-social'],
      url: 'https://example.org/kaiutin-demo/terveyspalvelut',
      createdAt: at,
      updatedAt: at,
    },
  ];
  for (const material of materials)
    if (!(await getMaterial(s, material.id))) await createMaterial(s, material, actor, now);
}
