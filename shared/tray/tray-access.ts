import type { Caller } from '#shared/auth/access.ts';
import { Forbidden, ValidationFailed } from '#shared/errors.ts';
import { assertListed, type Organisation } from '#shared/membership/organisation.ts';
import { existingOrganisation, getOrganisation } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';

/**
 * An organisation's tray (its activities, units and materials) is kept by its representatives (a
 * member's or a partner's) and the coordinator.
 */
export const mayManageTray = (caller: Caller | undefined, organisationId: string) =>
  Boolean(caller && (caller.coordinator || caller.organisations.includes(organisationId)));

export function assertMayManageTray(caller: Caller, organisationId: string) {
  if (!mayManageTray(caller, organisationId))
    throw new Forbidden("Only the organisation's representatives or the coordinator keep its tray.");
}

/** The organisation whose tray the caller changes: theirs (or any, for the coordinator), still listed. */
export async function trayOrganisation(
  store: Store,
  caller: Caller,
  organisationId: string,
  action: string,
): Promise<Organisation> {
  assertMayManageTray(caller, organisationId);
  const org = await existingOrganisation(store, organisationId);
  assertListed(org, action);
  return org;
}

/**
 * The same for an organisation named in the body (`organisationId`), not the path: one that does
 * not exist is that field's problem (400), not a 404 of the route.
 */
export async function namedTrayOrganisation(
  store: Store,
  caller: Caller,
  organisationId: string,
  action: string,
): Promise<Organisation> {
  assertMayManageTray(caller, organisationId);
  const org = await getOrganisation(store, organisationId);
  if (!org)
    throw new ValidationFailed([
      { field: 'organisationId', message: 'There is no such organisation.', code: 'notMember' },
    ]);
  assertListed(org, action);
  return org;
}
