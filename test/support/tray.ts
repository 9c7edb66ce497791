import { randomUUID } from 'node:crypto';
import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import { type Activity, activityInput } from '#shared/tray/activity.ts';
import { addActivity } from '#shared/tray/add-activity.ts';

/*
 * Activities for tests, written by the activities' own use case. No vitest imports: the `tray`
 * benchmark uses `sampleActivity` too.
 */

/**
 * The network coordinator the support helpers act as when they call use cases directly: the audit
 * entries they write name this actor. No person holds the address, so no mail to coordinators reaches it.
 */
export const supportCoordinator: Caller = {
  personId: 'test-support-coordinator',
  email: 'test-support-coordinator@example.org',
  name: 'Testien koordinaattori',
  language: 'fi',
  coordinator: true,
  organisations: [],
  bodies: [],
  peerLeader: false,
  translatorLanguages: [],
};

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

/**
 * Adds the activity through `addActivity` as the coordinator, as `POST /api/activities` would (its
 * input parsed by the route's schema): the activity, its index items, its counts and the audit
 * entry in one transaction. The use case gives the id and times: the answer is what was stored.
 */
export function writeActivity(store: Store, a: Activity): Promise<Activity> {
  return addActivity(store, supportCoordinator, activityInput.parse(a), new Date());
}
