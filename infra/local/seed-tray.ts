import type { Caller } from '#shared/auth/access.ts';
import { listOrganisations } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { activityInput } from '#shared/tray/activity.ts';
import { listOrganisationActivities } from '#shared/tray/activity-store.ts';
import { addActivity } from '#shared/tray/add-activity.ts';
import { addUnit } from '#shared/tray/add-unit.ts';
import { invitePartner } from '#shared/tray/invite-partner.ts';

/** The tray partner's representative: signs in like the other demo people. */
export const demoTrayPartner = 'seura@demo.kaiutin.local';

const jyvaskyla = { kind: 'municipality', name: 'Jyväskylä' } as const;
const muurame = { kind: 'municipality', name: 'Muurame' } as const;

/**
 * A small integration tray across Jyväskylä and Muurame, through the use cases: both member
 * organisations' activities, a unit of the first in Muurame, and a sports club outside the network
 * as a tray partner. Muurame has support in Arabic and Finnish but none in Somali, which its
 * families' walks are run in (so Somali is needed there): the gap the coverage picture shows. Once only: a table whose first organisation has activities is left as it is.
 */
export async function seedTray(
  s: Store,
  coordinator: Caller,
  organisations: { somali: string; women: string },
  now: Date,
) {
  if ((await listOrganisationActivities(s, organisations.somali, { includeEnded: true })).items.length > 0)
    return;
  const unit = await addUnit(
    s,
    coordinator,
    organisations.somali,
    { name: 'Muuramen toimintaryhmä', level: 'local', areas: [muurame] },
    now,
  );
  const existing = await listOrganisations(s, 'partner', undefined);
  const partner =
    existing.items.find((org) => org.name === 'Jyväskylän Pallo ry') ??
    (await invitePartner(
      s,
      coordinator,
      {
        name: 'Jyväskylän Pallo ry',
        municipalities: ['Jyväskylä'],
        languages: ['fi', 'en'],
        topics: ['culture-leisure'],
        description: 'Jalkapalloseura, joka kutsuu uusia pelaajia ja valmentajia mukaan.',
        representative: { email: demoTrayPartner, language: 'fi' },
      },
      now,
    ));
  const weekly = (days: string[], startTime: string, endTime: string) => ({
    kind: 'weekly',
    days,
    startTime,
    endTime,
  });
  const activities = [
    {
      organisationId: organisations.somali,
      texts: [
        { language: 'fi', name: 'Läksykerho', description: 'Apua koulutehtäviin suomeksi ja somaliksi.' },
        {
          language: 'so',
          name: 'Kooxda casharrada',
          description: 'Caawimaad shaqada dugsiga, af-Soomaali iyo Finnish.',
        },
      ],
      category: 'support',
      level: 'local',
      areas: [jyvaskyla],
      languages: ['so', 'fi'],
      targetGroups: ['children'],
      topics: ['education'],
      schedule: weekly(['TU', 'TH'], '16:00', '18:00'),
      place: { address: 'Kilpisenkatu 1', postalCode: '40100', city: 'Jyväskylä' },
      cost: { free: true },
      accessibility: 'Esteetön sisäänkäynti.',
    },
    {
      organisationId: organisations.somali,
      unitId: unit.id,
      texts: [
        {
          language: 'fi',
          name: 'Perheiden kävelyretket',
          description: 'Yhteisiä kävelyretkiä Muuramen luontopoluilla.',
        },
      ],
      category: 'participation',
      level: 'local',
      areas: [muurame],
      languages: ['fi', 'so'],
      targetGroups: ['families'],
      topics: [],
      schedule: weekly(['SA'], '11:00', '13:00'),
      place: { city: 'Muurame' },
      cost: { free: true },
    },
    {
      organisationId: organisations.women,
      texts: [
        {
          language: 'fi',
          name: 'Äiti–lapsi-ryhmä',
          description: 'Äidit ja pienet lapset tapaavat, leikkivät ja juttelevat.',
        },
        {
          language: 'ar',
          name: 'مجموعة الأم والطفل',
          description: 'تلتقي الأمهات وأطفالهن الصغار للعب والحديث.',
        },
      ],
      category: 'support',
      level: 'local',
      areas: [jyvaskyla],
      languages: ['ar', 'fi'],
      targetGroups: ['women', 'families'],
      topics: ['culture-leisure'],
      schedule: weekly(['WE'], '10:00', '12:00'),
      place: { address: 'Väinönkatu 7', postalCode: '40100', city: 'Jyväskylä' },
      cost: { free: true },
    },
    {
      organisationId: organisations.women,
      texts: [
        { language: 'fi', name: 'Kielikahvila Muurame', description: 'Suomea puhutaan kahvin äärellä.' },
      ],
      category: 'support',
      level: 'local',
      areas: [muurame],
      languages: ['fi', 'ar'],
      targetGroups: ['everyone'],
      topics: ['education'],
      schedule: weekly(['MO'], '17:00', '18:30'),
      place: { address: 'Virastotie 8', city: 'Muurame' },
      cost: { free: true },
    },
    {
      organisationId: organisations.women,
      texts: [
        {
          language: 'fi',
          name: 'Kansainvälinen kerho',
          description: 'Suunnitellaan ja tehdään yhdessä: juhlia, retkiä, ruokaa.',
        },
      ],
      category: 'participation',
      level: 'regional',
      areas: [jyvaskyla, muurame],
      languages: ['fi', 'en', 'ar'],
      targetGroups: ['everyone'],
      topics: [],
      schedule: {
        kind: 'dates',
        dates: [
          {
            date: new Date(now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10),
            startTime: '18:00',
            endTime: '20:00',
          },
          {
            date: new Date(now.getTime() + 42 * 86_400_000).toISOString().slice(0, 10),
            startTime: '18:00',
            endTime: '20:00',
          },
        ],
      },
      place: { onlineUrl: 'https://meet.example.org/kansainvalinen-kerho' },
      cost: { free: false, fee: '3 € kerta' },
    },
    {
      organisationId: partner.id,
      texts: [
        {
          language: 'fi',
          name: 'Futis kaikille',
          description: 'Tule pelaamaan – ja myöhemmin valmentamaan.',
        },
      ],
      category: 'recruitment',
      level: 'local',
      areas: [jyvaskyla],
      languages: ['fi', 'so', 'en'],
      targetGroups: ['young-people'],
      topics: ['culture-leisure'],
      schedule: weekly(['TU'], '18:00', '19:30'),
      place: { address: 'Harjun kenttä', city: 'Jyväskylä' },
      cost: { free: true },
    },
  ];
  for (const activity of activities) await addActivity(s, coordinator, activityInput.parse(activity), now);
}
