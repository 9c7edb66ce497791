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

/**
 * The organisation whose tray the caller changes: theirs (or any, for the coordinator), still listed.
 * Named in the path, one that does not exist is the route's 404; named in the body
 * (`organisationId`), it is that field's problem (400).
 */
export async function trayOrganisation(
  store: Store,
  caller: Caller,
  organisationId: string,
  action: string,
  namedIn: 'path' | 'body' = 'path',
): Promise<Organisation> {
  assertMayManageTray(caller, organisationId);
  const org =
    namedIn === 'path'
      ? await existingOrganisation(store, organisationId)
      : await getOrganisation(store, organisationId);
  if (!org)
    throw new ValidationFailed([
      { field: 'organisationId', message: 'There is no such organisation.', code: 'notMember' },
    ]);
  assertListed(org, action);
  return org;
}
