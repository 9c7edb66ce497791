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

/** Enables the source's hook, or rotates its secret: a new nonce, and the earlier secret fails. */
export async function saveHookNonce(
  store: Store,
  s: Source,
  nonce: string,
  actor: Actor,
  now: Date,
): Promise<{ enabledAt: string }> {
  const hook = { enabledAt: now.toISOString() };
  try {
    await transact(store, [
      {
        name: 'source',
        Update: {
          TableName: '',
          Key: sourceKey(s.id),
          UpdateExpression: 'SET hook = :hook, hookNonce = :nonce',
          ConditionExpression: exists,
          ExpressionAttributeValues: { ':hook': hook, ':nonce': nonce },
        },
      },
      putItem(
        auditItem(
          {
            actor,
            action: 'source.hookEnabled',
            bodyId: s.bodyId,
            before: { sourceId: s.id, ...(s.hook ? { hook: s.hook } : {}) },
            after: { sourceId: s.id, hook },
          },
          now,
        ),
      ),
    ]);
  } catch (error) {
    if (failedNames(error).has('source')) throw gone();
    throw error;
  }
  return hook;
}

/** Disables the source's hook: no call is taken until it is enabled again, with a new secret. */
export async function removeHook(store: Store, s: Source, actor: Actor, now: Date): Promise<void> {
  try {
    await transact(store, [
      {
        name: 'source',
        Update: {
          TableName: '',
          Key: sourceKey(s.id),
          UpdateExpression: 'REMOVE hook, hookNonce',
          ConditionExpression: exists,
        },
      },
      putItem(
        auditItem(
          {
            actor,
            action: 'source.hookDisabled',
            bodyId: s.bodyId,
            before: { sourceId: s.id, hook: s.hook },
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
