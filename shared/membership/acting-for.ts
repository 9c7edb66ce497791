import type { Caller } from '#shared/auth/access.ts';
import { Forbidden } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { assertMember } from './organisation.ts';
import { existingOrganisation } from './organisation-store.ts';

/** The organisation the caller acts for: one they represent, and still a member. */
export async function actingFor(store: Store, caller: Caller, organisationId: string, action: string) {
  if (!caller.organisations.includes(organisationId))
    throw new Forbidden('You do not represent this organisation.');
  const org = await existingOrganisation(store, organisationId);
  assertMember(org, action);
  return org;
}
