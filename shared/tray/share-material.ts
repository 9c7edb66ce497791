import { randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict, Forbidden, ValidationFailed } from '#shared/errors.ts';
import { getOrganisation } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import type { Material, materialInput } from './activity.ts';
import { createMaterial } from './material-store.ts';

export type MaterialInput = z.output<typeof materialInput>;

/** The organisation's representatives and the coordinator keep its materials. */
export function assertMayKeepMaterials(caller: Caller, organisationId: string) {
  if (!caller.coordinator && !caller.organisations.includes(organisationId))
    throw new Forbidden("Only the organisation's representatives or the coordinator keep its materials.");
}

/** The bank holds the materials of the tray's organisations: members and tray partners. */
export async function sharingOrganisation(store: Store, organisationId: string) {
  const org = await getOrganisation(store, organisationId);
  if (!org)
    throw new ValidationFailed([
      { field: 'organisationId', message: 'There is no such organisation.', code: 'notMember' },
    ]);
  if (org.status !== 'member' && (org.status as string) !== 'partner')
    throw new Conflict(`${org.name} is no longer a member; it cannot share materials.`, 'not_a_member');
  return org;
}

/** A representative of the organisation, or the coordinator, shares a link in the material bank. */
export async function shareMaterial(store: Store, caller: Caller, input: MaterialInput, now: Date) {
  assertMayKeepMaterials(caller, input.organisationId);
  await sharingOrganisation(store, input.organisationId);
  const at = now.toISOString();
  const material: Material = { ...input, id: randomUUID(), createdAt: at, updatedAt: at };
  await createMaterial(store, material, actorOf(caller), now);
  return material;
}
