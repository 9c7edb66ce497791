import { describe, expect, it } from 'vitest';
import { MAX_TRANSACTION_ITEMS } from '#shared/store/transactions.ts';
import type { Activity } from '#shared/tray/activity.ts';
import { activityWrite } from '#shared/tray/activity-store.ts';
import { trayLimits } from '#shared/tray/facts.ts';

const activity = (label: string, overrides: Partial<Activity> = {}): Activity => ({
  id: 'a1',
  organisationId: 'o1',
  texts: [{ language: 'fi', name: 'Kerho', description: 'Kerho.' }],
  category: 'support',
  level: 'local',
  areas: Array.from({ length: trayLimits.areas }, (_, i) => ({ kind: 'municipality', name: `${label}${i}` })),
  languages: ['fi', 'sv', 'en', 'ru', 'uk'],
  targetGroups: ['everyone'],
  topics: [],
  schedule: { kind: 'weekly', days: ['TU'], startTime: '17:00', endTime: '19:00' },
  place: {},
  cost: { free: true },
  status: 'active',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
  version: 1,
  ...overrides,
});

describe('one activity change in one transaction', () => {
  it('stays within the limit when every one of five areas and five languages, the category and the unit change', () => {
    const before = activity('A', { unitId: 'u1' });
    const after = activity('B', {
      languages: ['ar', 'so', 'fa', 'ku', 'ti'],
      category: 'participation',
      unitId: 'u2',
      version: 2,
    });
    const items = activityWrite(before, after, 'system', new Date());
    // 36 index items deleted and 36 put, 10 areas' counts, the activity, its organisation, 2 units, the audit.
    expect(items.filter((item) => item.Delete)).toHaveLength(36);
    expect(items.filter((item) => item.Update?.Key?.pk === 'TRAY-COUNTS')).toHaveLength(10);
    expect(items).toHaveLength(87);
    expect(items.length).toBeLessThanOrEqual(MAX_TRANSACTION_ITEMS);
  });

  it('writes no count for an area whose counts do not change, and none for a paused activity', () => {
    const before = activity('A');
    const renamed = activity('A', {
      texts: [{ language: 'fi', name: 'Uusi', description: 'Uusi.' }],
      version: 2,
    });
    expect(
      activityWrite(before, renamed, 'system', new Date()).some(
        (item) => item.Update?.Key?.pk === 'TRAY-COUNTS',
      ),
    ).toBe(false);
    const paused = activityWrite(before, { ...renamed, status: 'paused' }, 'system', new Date());
    const counts = paused.filter((item) => item.Update?.Key?.pk === 'TRAY-COUNTS');
    expect(counts).toHaveLength(5);
    expect(Object.values(counts[0]?.Update?.ExpressionAttributeValues ?? {})).toContain(-1);
  });

  it('checks the organisation is listed for every change but ending, and moves its tally of activities not ended', () => {
    const tallyOf = (items: ReturnType<typeof activityWrite>) =>
      items.find((item) => item.Update?.Key?.sk === 'TRAY-TALLY')?.Update;
    const listed = (items: ReturnType<typeof activityWrite>) => items.some((item) => item.ConditionCheck);
    const added = activityWrite(undefined, activity('A'), 'system', new Date());
    expect(listed(added)).toBe(true);
    expect(tallyOf(added)).toMatchObject({
      ConditionExpression: 'attribute_not_exists(#tally) OR #tally < :limit',
      ExpressionAttributeValues: { ':by': 1, ':limit': trayLimits.activitiesPerOrganisation },
    });
    const ended = activityWrite(
      activity('A'),
      activity('A', { status: 'ended', version: 2 }),
      'system',
      new Date(),
    );
    expect(listed(ended)).toBe(false);
    expect(tallyOf(ended)?.ExpressionAttributeValues?.[':by']).toBe(-1);
    expect(tallyOf(ended)?.ConditionExpression).toBeUndefined();
    const paused = activityWrite(
      activity('A'),
      activity('A', { status: 'paused', version: 2 }),
      'system',
      new Date(),
    );
    expect(listed(paused)).toBe(true);
    expect(tallyOf(paused)).toBeUndefined();
  });
});
