import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { auditItem } from '#shared/audit/audit.ts';
import { listActionsOf } from '#shared/audit/audit-store.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict } from '#shared/errors.ts';
import { getOrganisation, organisationKey } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { putItem, type TransactItem, transact } from '#shared/store/transactions.ts';
import {
  coordinatorListKey,
  coordinatorRoleKey,
  emailKey,
  personKey,
  personPartition,
  sessionKeyOf,
} from './person.ts';
import { readPersonPartition } from './person-store.ts';

/**
 * Deletes a person's account: their address, roles and sessions go; the profile stays as an
 * anonymous tombstone so what they did for an organisation stays attributed to the organisation.
 * A sole representative of a member organisation must first name another.
 */
export async function deleteAccount(store: Store, caller: Caller, now: Date): Promise<void> {
  const partition = await readPersonPartition(store, caller.personId);
  const organisations = await Promise.all(partition.organisations.map((id) => getOrganisation(store, id)));
  const sole = organisations.find((org) => org && org.status === 'member' && org.representativeCount <= 1);
  if (sole)
    throw new Conflict(
      `You are the only representative of ${sole.name}: name another representative first.`,
      'last_representative',
    );

  const del = (key: Record<string, string>): TransactItem => ({ Delete: { TableName: '', Key: key } });
  const items: TransactItem[] = [
    del(emailKey(caller.email)),
    {
      Update: {
        TableName: '',
        Key: personKey(caller.personId),
        UpdateExpression: 'SET deleted = :true, deletedAt = :now REMOVE email, #name',
        ExpressionAttributeNames: { '#name': 'name' },
        ExpressionAttributeValues: { ':true': true, ':now': now.toISOString() },
      },
    },
    ...[...partition.sessions.keys()].map((sessionId) => del(sessionKeyOf(caller.personId, sessionId))),
    ...partition.organisations.flatMap((orgId) => {
      const org = organisations.find((o) => o?.id === orgId);
      return [
        del({ [KEY.pk]: personPartition(caller.personId), [KEY.sk]: `REP#${orgId}` }),
        del({ [KEY.pk]: `ORG#${orgId}`, [KEY.sk]: `REP#${caller.personId}` }),
        ...(org
          ? [
              {
                Update: {
                  TableName: '',
                  Key: organisationKey(orgId),
                  UpdateExpression: 'ADD representativeCount :minusOne',
                  ExpressionAttributeValues: { ':minusOne': -1 },
                },
              },
            ]
          : []),
      ];
    }),
    ...partition.bodies.flatMap((bodyId) => [
      del({ [KEY.pk]: personPartition(caller.personId), [KEY.sk]: `OFFICER#${bodyId}` }),
      del({ [KEY.pk]: `BODY#${bodyId}`, [KEY.sk]: `OFFICER#${caller.personId}` }),
    ]),
    ...(partition.coordinator
      ? [del(coordinatorRoleKey(caller.personId)), del(coordinatorListKey(caller.personId))]
      : []),
    putItem(
      auditItem(
        {
          actor: { personId: caller.personId },
          action: 'person.deleted',
          before: { roles: partition.organisations.length + partition.bodies.length },
        },
        now,
      ),
    ),
  ];
  await transact(store, items);

  // The audit log keeps what was done and by which (now anonymous) person, not the address.
  for (const entry of await listActionsOf(store, caller.personId)) {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { [KEY.pk]: entry.pk, [KEY.sk]: entry.sk },
        UpdateExpression: 'SET actor = :actor',
        ExpressionAttributeValues: { ':actor': { personId: caller.personId } },
      }),
    );
  }
}
