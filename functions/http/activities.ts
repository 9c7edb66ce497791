import { activitiesRoutes as routes } from '#shared/api/routes/activities.ts';
import { existingOrganisation, listOrganisations } from '#shared/membership/organisation-store.ts';
import { store } from '#shared/store/client.ts';
import { countAgainstLimits } from '#shared/store/rate-limit.ts';
import { addActivity } from '#shared/tray/add-activity.ts';
import { addUnit } from '#shared/tray/add-unit.ts';
import { invitePartner } from '#shared/tray/invite-partner.ts';
import { readActivity, readOrganisationActivities } from '#shared/tray/read-activities.ts';
import { removeUnit } from '#shared/tray/remove-unit.ts';
import { listUnits } from '#shared/tray/unit-store.ts';
import { updateActivity } from '#shared/tray/update-activity.ts';
import { updateUnit } from '#shared/tray/update-unit.ts';
import { httpFunction } from '../lib/http.ts';

/** Each partner's representative is emailed: a coordinator's session must not mail addresses at will. */
const PARTNERS_PER_COORDINATOR_PER_DAY = 30;
const DAY = 86_400;

export const handler = httpFunction(routes, {
  createActivity: async ({ body, caller, now }) => addActivity(store(), caller, body, now),
  getActivity: async ({ params, caller }) => readActivity(store(), params.id, caller),
  updateActivity: async ({ params, body, caller, now }) =>
    updateActivity(store(), caller, params.id, body, now),
  listOrganisationActivities: async ({ params, query, caller }) =>
    readOrganisationActivities(store(), params.id, caller, query.cursor),
  listUnits: async ({ params }) => ({
    items: await listUnits(store(), (await existingOrganisation(store(), params.id)).id),
  }),
  createUnit: async ({ params, body, caller, now }) => addUnit(store(), caller, params.id, body, now),
  updateUnit: async ({ params, body, caller, now }) =>
    updateUnit(store(), caller, params.id, params.unitId, body, now),
  deleteUnit: async ({ params, caller, now }) => {
    await removeUnit(store(), caller, params.id, params.unitId, now);
    return undefined;
  },
  inviteTrayPartner: async ({ body, caller, now }) => {
    await countAgainstLimits(
      store(),
      [
        {
          key: `tray-partners-invited-by#${caller.personId}`,
          limit: PARTNERS_PER_COORDINATOR_PER_DAY,
          windowSeconds: DAY,
        },
      ],
      now,
    );
    return invitePartner(store(), caller, body, now);
  },
  listTrayPartners: async ({ query }) => listOrganisations(store(), 'partner', query.cursor),
});
