import type { Caller } from '#shared/auth/access.ts';
import { NotFound } from '#shared/errors.ts';
import { isListed } from '#shared/membership/facts.ts';
import { existingOrganisation } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import type { Page } from '#shared/store/query.ts';
import type { Activity } from './activity.ts';
import { getActivity, listOrganisationActivities } from './activity-store.ts';
import { mayManageTray } from './tray-access.ts';
import { getUnit } from './unit-store.ts';

export interface ActivityView extends Activity {
  organisationName: string;
  /** False once the organisation resigned or was removed: the activity is then out of the public tray. */
  organisationListed: boolean;
  unitName?: string;
  canManage: boolean;
}

/** An activity's page: the activity, who runs it, and whether the caller may change it. */
export async function readActivity(
  store: Store,
  id: string,
  caller: Caller | undefined,
): Promise<ActivityView> {
  const found = await getActivity(store, id);
  if (!found) throw new NotFound('There is no such activity.');
  const [org, unit] = await Promise.all([
    existingOrganisation(store, found.organisationId),
    found.unitId ? getUnit(store, found.organisationId, found.unitId) : undefined,
  ]);
  return {
    ...found,
    organisationName: org.name,
    organisationListed: isListed(org),
    ...(unit ? { unitName: unit.name } : {}),
    canManage: mayManageTray(caller, found.organisationId),
  };
}

/**
 * A page of an organisation's activities: the public sees what is not ended; the organisation's
 * representatives and the coordinator see all.
 */
export async function readOrganisationActivities(
  store: Store,
  organisationId: string,
  caller: Caller | undefined,
  cursor?: string,
): Promise<Page<Activity>> {
  const org = await existingOrganisation(store, organisationId);
  return listOrganisationActivities(store, org.id, { includeEnded: mayManageTray(caller, org.id) }, cursor);
}
