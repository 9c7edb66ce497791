import { randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import type { Material, materialInput } from './activity.ts';
import { createMaterial } from './material-store.ts';
import { trayOrganisation } from './tray-access.ts';

export type MaterialInput = z.output<typeof materialInput>;

/**
 * A representative of a member or tray partner, or the coordinator, shares a link in the material
 * bank.
 */
export async function shareMaterial(store: Store, caller: Caller, input: MaterialInput, now: Date) {
  await trayOrganisation(store, caller, input.organisationId, 'share materials', 'body');
  const at = now.toISOString();
  const material: Material = { ...input, id: randomUUID(), createdAt: at, updatedAt: at };
  await createMaterial(store, material, actorOf(caller), now);
  return material;
}
