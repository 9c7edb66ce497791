import { randomUUID } from 'node:crypto';
import {
  consentKey,
  PEER_PROFILES,
  peerIndexKey,
  peerLeaderListKey,
  peerRoleKey,
  profileKey,
} from '#shared/peers/peer-keys.ts';
import { CONSENT_VERSION, consentCovers } from '#shared/peers/peer-leader.ts';
import { ensurePerson } from '#shared/people/person-store.ts';
import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { putItem, type TransactItem, transact } from '#shared/store/transactions.ts';
import { type Activity, areaKey } from '#shared/tray/activity.ts';
import {
  ALL_ACTIVITIES,
  activityKey,
  countContributions,
  organisationActivities,
  TRAY_COUNTS,
  trayIndexPartitions,
  trayIndexSortKey,
  trayIndexSummary,
} from '#shared/tray/tray-keys.ts';

/*
 * Activities written straight into the table by the layout of `shared/tray/tray-keys.ts`, as the
 * activities' own use cases leave them: the activity, its filter index items and its areas'
 * running counts in one transaction, so the table keeps its invariants (the counts equal the
 * active activities, the index items match them). No vitest imports: the `tray` benchmark uses it too.
 */

/** An active weekly support activity in Jyväskylä in Somali and Finnish, unless said otherwise. */
export function sampleActivity(organisationId: string, overrides: Partial<Activity> = {}): Activity {
  const at = new Date().toISOString();
  return {
    id: randomUUID(),
    organisationId,
    texts: [
      { language: 'fi', name: 'Kielikahvila', description: 'Suomen kielen harjoittelua kahvin äärellä.' },
      { language: 'so', name: 'Kafeega luqadda', description: 'Ku celcelinta af-Finnishka.' },
    ],
    category: 'support',
    level: 'local',
    areas: [{ kind: 'municipality', name: 'Jyväskylä' }],
    languages: ['fi', 'so'],
    targetGroups: ['everyone'],
    topics: [],
    schedule: { kind: 'weekly', days: ['TU'], startTime: '17:00', endTime: '19:00' },
    place: { address: 'Kauppakatu 1', city: 'Jyväskylä' },
    cost: { free: true },
    status: 'active',
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...overrides,
  };
}

export const activityItem = (a: Activity) => ({
  ...activityKey(a.id),
  [KEY.gsi1pk]: ALL_ACTIVITIES,
  [KEY.gsi1sk]: a.id,
  [KEY.gsi2pk]: organisationActivities(a.organisationId),
  [KEY.gsi2sk]: `${a.createdAt}#${a.id}`,
  entity: 'activity',
  ...a,
});

/** The activity's filter index items: one per partition it appears in (none once ended). */
export const trayIndexItems = (a: Activity) =>
  trayIndexPartitions(a).map((partition) => ({
    [KEY.pk]: partition,
    [KEY.sk]: trayIndexSortKey(a),
    entity: 'tray-index',
    ...trayIndexSummary(a),
  }));

/** Adds `by` (1 or −1) to each count the activity contributes to, creating an area's item on first use. */
export function countUpdates(a: Activity, by = 1): TransactItem[] {
  return [...countContributions(a)].map(([key, attributes]) => {
    const area = a.areas.find((one) => areaKey(one) === key);
    return {
      Update: {
        TableName: '',
        Key: { [KEY.pk]: TRAY_COUNTS, [KEY.sk]: key },
        UpdateExpression: `SET #area = if_not_exists(#area, :area), entity = :entity ADD ${attributes
          .map((_, i) => `#n${i} :by`)
          .join(', ')}`,
        ExpressionAttributeNames: {
          '#area': 'area',
          ...Object.fromEntries(attributes.map((name, i) => [`#n${i}`, name])),
        },
        ExpressionAttributeValues: { ':area': area, ':entity': 'tray-count', ':by': by },
      },
    };
  });
}

/** Writes the activity as its use case would: the activity, its index items and its counts together. */
export async function writeActivity(store: Store, a: Activity): Promise<Activity> {
  await transact(store, [putItem(activityItem(a)), ...trayIndexItems(a).map(putItem), ...countUpdates(a)]);
  return a;
}

/**
 * A peer leader who consented (visible to member organisations) and works in these languages and
 * municipalities: the role, the coordinator's list entry, the consent, the profile and its search
 * index items, written together by the layout of `shared/peers/peer-keys.ts`.
 */
export async function peerLeaderWorkingIn(
  store: Store,
  languages: string[],
  municipalities: string[],
): Promise<string> {
  const now = new Date();
  const at = now.toISOString();
  const email = `peer-${randomUUID().slice(0, 8)}@example.org`;
  const person = await ensurePerson(store, email, 'fi', now);
  const consent = {
    version: CONSENT_VERSION,
    covers: [...consentCovers],
    visibility: 'members' as const,
    public: false,
    givenAt: at,
  };
  const profile = {
    personId: person.id,
    name: 'Vertaisohjaaja',
    languages,
    municipalities,
    themes: [],
    availability: 'available' as const,
    trainings: [],
    visibility: consent.visibility,
    public: consent.public,
    updatedAt: at,
  };
  await transact(store, [
    putItem({ ...peerRoleKey(person.id), entity: 'role' }),
    putItem({
      ...peerLeaderListKey(person.id),
      entity: 'peer-leader',
      personId: person.id,
      email,
      language: 'fi',
      invitedAt: at,
      consented: true,
    }),
    putItem({ ...consentKey(person.id), entity: 'peer-consent', ...consent }),
    putItem({
      ...profileKey(person.id),
      [KEY.gsi1pk]: PEER_PROFILES,
      [KEY.gsi1sk]: person.id,
      entity: 'peer-profile',
      ...profile,
    }),
    ...languages.map((language) =>
      putItem({
        ...peerIndexKey(language, person.id),
        entity: 'peer-index',
        personId: person.id,
        visibility: profile.visibility,
        public: profile.public,
        name: profile.name,
        languages,
        municipalities,
        themes: profile.themes,
        availability: profile.availability,
      }),
    ),
  ]);
  return person.id;
}
