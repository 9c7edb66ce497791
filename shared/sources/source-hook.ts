import type { Actor } from '#shared/audit/audit.ts';
import { sourceHookKey } from '#shared/auth/session-key.ts';
import type { Store } from '#shared/store/client.ts';
import { checkHookCall, type HookCall, hookSecret, newHookNonce, replayed } from './hook.ts';
import { rememberSignature, saveHookNonce } from './hook-store.ts';
import type { Source } from './source.ts';
import { getSource } from './source-store.ts';

/** Enables the source's push hook, or rotates its secret; the secret is answered this once. */
export async function enableHook(store: Store, source: Source, actor: Actor, now: Date): Promise<string> {
  const nonce = newHookNonce();
  await saveHookNonce(store, source, nonce, actor, now);
  return hookSecret(await sourceHookKey(), source.id, nonce);
}

/**
 * Takes a push hook call if it is signed with the source's secret, fresh, and not seen before;
 * otherwise throws `bad_signature` or `replayed`. Nothing is read from the body but its signature.
 */
export async function acceptHookCall(
  store: Store,
  sourceId: string,
  call: Omit<HookCall, 'secret'>,
  now: Date,
): Promise<void> {
  const found = await getSource(store, sourceId);
  const secret = found?.hookNonce ? hookSecret(await sourceHookKey(), sourceId, found.hookNonce) : undefined;
  const { signature, timestamp } = checkHookCall({ ...call, secret }, now);
  if (!(await rememberSignature(store, sourceId, signature, timestamp))) {
    throw replayed('This call was received before.');
  }
}
