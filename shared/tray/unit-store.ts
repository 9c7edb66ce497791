import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Actor } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import { Conflict } from '#shared/errors.ts';
import { listedCheck, notListed, organisationPartition } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, putNew, transact } from '#shared/store/transactions.ts';
import { storedUnit, trayLimits, type Unit } from './activity.ts';
import { tallyStep, UNIT_PREFIX, unitKey } from './tray-keys.ts';

/**
 * A unit lives in its organisation's partition. Its `activityCount` (the activities under it,
 * ended ones too) moves in each activity's transaction, so a unit with activities is never removed.
 */
const unitItem = (unit: Unit) => ({ ...unitKey(unit.organisationId, unit.id), entity: 'unit', ...unit });

const unitOf = (item: Record<string, unknown>) => storedUnit.parse(item);

export async function getUnit(store: Store, organisationId: string, id: string): Promise<Unit | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: unitKey(organisationId, id) }),
  );
  return Item ? unitOf(Item) : undefined;
}

export async function listUnits(store: Store, organisationId: string): Promise<Unit[]> {
  const items = await queryAll(store, {
    partition: organisationPartition(organisationId),
    sortKeyPrefix: UNIT_PREFIX,
  });
  return items.map(unitOf).sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}

const audit = (actor: Actor, action: string, unit: Unit, now: Date, before?: unknown) =>
  putItem(auditItem({ actor, action, organisationId: unit.organisationId, before, after: unit }, now));

/** A new unit moves the organisation's unit tally, which holds only below `trayLimits.unitsPerOrganisation`. */
export async function createUnit(store: Store, unit: Unit, actor: Actor, now: Date) {
  try {
    await transact(store, [
      putNew('newUnit', unitItem(unit)),
      listedCheck(unit.organisationId),
      tallyStep(unit.organisationId, 'units', 1, trayLimits.unitsPerOrganisation, 'unitCap'),
      audit(actor, 'unit.added', unit, now),
    ]);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('organisation')) throw notListed();
    if (failed.has('unitCap'))
      throw new Conflict(
        `An organisation has at most ${trayLimits.unitsPerOrganisation} units.`,
        'too_many_units',
      );
    throw error;
  }
}

/** A change keeps the unit's activity count: the unit is updated in place, never put over. */
export async function saveUnit(store: Store, before: Unit, after: Unit, actor: Actor, now: Date) {
  try {
    await transact(store, [
      {
        name: 'unit',
        Update: {
          TableName: '',
          Key: unitKey(after.organisationId, after.id),
          UpdateExpression: 'SET #name = :name, #level = :level, areas = :areas',
          ConditionExpression: `attribute_exists(${KEY.pk})`,
          ExpressionAttributeNames: { '#name': 'name', '#level': 'level' },
          ExpressionAttributeValues: { ':name': after.name, ':level': after.level, ':areas': after.areas },
        },
      },
      listedCheck(after.organisationId),
      audit(actor, 'unit.updated', after, now, before),
    ]);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('unit')) throw new Conflict('The unit was removed meanwhile.', 'changed_meanwhile');
    if (failed.has('organisation')) throw notListed();
    throw error;
  }
}

export async function deleteUnit(store: Store, unit: Unit, actor: Actor, now: Date) {
  try {
    await transact(store, [
      {
        name: 'unused',
        Delete: {
          TableName: '',
          Key: unitKey(unit.organisationId, unit.id),
          ConditionExpression: `attribute_exists(${KEY.pk}) AND (attribute_not_exists(activityCount) OR activityCount = :none)`,
          ExpressionAttributeValues: { ':none': 0 },
        },
      },
      tallyStep(unit.organisationId, 'units', -1, trayLimits.unitsPerOrganisation, 'unitCap'),
      audit(actor, 'unit.removed', unit, now),
    ]);
  } catch (error) {
    if (failedNames(error).has('unused'))
      throw new Conflict(
        'The unit has activities: move them to another unit or to the organisation first.',
        'unit_in_use',
      );
    throw error;
  }
}
