import { randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import { ValidationFailed } from '#shared/errors.ts';
import { assertListed } from '#shared/membership/organisation.ts';
import { getOrganisation } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import type { Material, materialInput } from './activity.ts';
import { createMaterial } from './material-store.ts';
import { assertMayManageTray } from './tray-access.ts';

export type MaterialInput = z.output<typeof materialInput>;

/**
 * A representative of a member or tray partner, or the coordinator, shares a link in the material
 * bank. The organisation is named in the body, so one that does not exist is a field's problem.
 */
export async function shareMaterial(store: Store, caller: Caller, input: MaterialInput, now: Date) {
  assertMayManageTray(caller, input.organisationId);
  const org = await getOrganisation(store, input.organisationId);
  if (!org)
    throw new ValidationFailed([
      { field: 'organisationId', message: 'There is no such organisation.', code: 'notMember' },
    ]);
  assertListed(org, 'share materials');
  const at = now.toISOString();
  const material: Material = { ...input, id: randomUUID(), createdAt: at, updatedAt: at };
  await createMaterial(store, material, actorOf(caller), now);
  return material;
}
