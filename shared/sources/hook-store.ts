import type { Actor } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import { NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { createOnce, failedNames, putItem, transact } from '#shared/store/transactions.ts';
import { FRESH_SECONDS } from './hook.ts';
import type { Source } from './source.ts';
import { sourceKey, sourcePartition } from './source-store.ts';

const gone = () => new NotFound('There is no such source.');

const exists = `attribute_exists(${KEY.pk})`;

/** Changes the source's hook if the source is still there, on the record in the same transaction. */
async function changeHook(
  store: Store,
  s: Source,
  update: { UpdateExpression: string; ExpressionAttributeValues?: Record<string, unknown> },
  record: { action: string; after?: Record<string, unknown> },
  actor: Actor,
  now: Date,
): Promise<void> {
  try {
    await transact(store, [
      {
        name: 'source',
        Update: { TableName: '', Key: sourceKey(s.id), ConditionExpression: exists, ...update },
      },
      putItem(
        auditItem(
          {
            actor,
            bodyId: s.bodyId,
            before: { sourceId: s.id, ...(s.hook ? { hook: s.hook } : {}) },
            ...record,
          },
          now,
        ),
      ),
    ]);
  } catch (error) {
    if (failedNames(error).has('source')) throw gone();
    throw error;
  }
}

/** Enables the source's hook, or rotates its secret: a new nonce, and the earlier secret fails. */
export async function saveHookNonce(
  store: Store,
  s: Source,
  nonce: string,
  actor: Actor,
  now: Date,
): Promise<{ enabledAt: string }> {
  const hook = { enabledAt: now.toISOString() };
  await changeHook(
    store,
    s,
    {
      UpdateExpression: 'SET hook = :hook, hookNonce = :nonce',
      ExpressionAttributeValues: { ':hook': hook, ':nonce': nonce },
    },
    { action: 'source.hookEnabled', after: { sourceId: s.id, hook } },
    actor,
    now,
  );
  return hook;
}

/** Disables the source's hook: no call is taken until it is enabled again, with a new secret. */
export const removeHook = (store: Store, s: Source, actor: Actor, now: Date): Promise<void> =>
  changeHook(
    store,
    s,
    { UpdateExpression: 'REMOVE hook, hookNonce' },
    { action: 'source.hookDisabled' },
    actor,
    now,
  );

/**
 * Remembers a call's signature until its timestamp is no longer fresh; false when it was seen
 * already (the same call again). The conditional write decides between two calls at once; the TTL
 * only tidies up, as the timestamp check refuses a stale call anyway.
 */
export const rememberSignature = (store: Store, sourceId: string, signature: string, timestamp: number) =>
  createOnce(store, {
    [KEY.pk]: sourcePartition(sourceId),
    [KEY.sk]: `HOOK#${signature}`,
    entity: 'hook-signature',
    [KEY.expiresAt]: timestamp + FRESH_SECONDS + 60,
  });
