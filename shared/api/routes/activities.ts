import * as z from 'zod/mini';
import { organisation } from '#shared/membership/organisation.ts';
import {
  activity,
  activityChanges,
  activityInput,
  unit,
  unitChanges,
  unitInput,
} from '#shared/tray/activity.ts';
import { partnerInput } from '#shared/tray/invite-partner.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, id, idParams, page } from './common.ts';

/** An activity as its page shows it: who runs it, and whether the caller may change it. */
export const activityView = z.extend(activity, {
  organisationName: z.string(),
  organisationListed: z.boolean(),
  unitName: z.optional(z.string()),
  canManage: z.boolean(),
});

const unitParams = z.object({ id, unitId: id });

export const activitiesRoutes = {
  createActivity: defineRoute({
    method: 'POST',
    path: '/api/activities',
    access: 'signedIn',
    summary:
      'Adds an activity to the integration tray: a representative of the member or tray partner named by `organisationId`, or the coordinator.',
    tags: ['tray'],
    body: activityInput,
    response: activity,
    successStatus: 201,
  }),
  getActivity: defineRoute({
    method: 'GET',
    path: '/api/activities/{id}',
    access: 'anyone',
    summary:
      'One activity of the tray, with its organisation and unit; `canManage` says whether the caller may change it.',
    tags: ['tray'],
    params: idParams,
    response: activityView,
  }),
  updateActivity: defineRoute({
    method: 'PATCH',
    path: '/api/activities/{id}',
    access: 'signedIn',
    summary:
      "Changes an activity, its status too (active, paused, ended), over the `version` read: its organisation's representatives or the coordinator.",
    tags: ['tray'],
    params: idParams,
    body: activityChanges,
    response: activity,
  }),
  listOrganisationActivities: defineRoute({
    method: 'GET',
    path: '/api/organisations/{id}/activities',
    access: 'anyone',
    summary:
      "An organisation's activities, its units' too, oldest first, 50 a page by cursor: those not ended for the public, all of them for its representatives and the coordinator.",
    tags: ['tray'],
    params: idParams,
    query: cursorQuery,
    response: page(activity),
  }),
  listUnits: defineRoute({
    method: 'GET',
    path: '/api/organisations/{id}/units',
    access: 'public',
    summary: "An organisation's regional and local units, by name.",
    tags: ['tray'],
    params: idParams,
    response: z.object({ items: z.array(unit) }),
  }),
  createUnit: defineRoute({
    method: 'POST',
    path: '/api/organisations/{id}/units',
    access: { representativeOf: 'id', orCoordinator: true },
    summary: 'Adds a regional or local unit, which runs activities under the organisation.',
    tags: ['tray'],
    params: idParams,
    body: unitInput,
    response: unit,
    successStatus: 201,
  }),
  updateUnit: defineRoute({
    method: 'PATCH',
    path: '/api/organisations/{id}/units/{unitId}',
    access: { representativeOf: 'id', orCoordinator: true },
    summary: "Changes a unit's name, level or areas.",
    tags: ['tray'],
    params: unitParams,
    body: unitChanges,
    response: unit,
  }),
  deleteUnit: defineRoute({
    method: 'DELETE',
    path: '/api/organisations/{id}/units/{unitId}',
    access: { representativeOf: 'id', orCoordinator: true },
    summary: 'Removes a unit that has no activities (409 `unit_in_use` otherwise).',
    tags: ['tray'],
    params: unitParams,
    response: null,
    successStatus: 204,
  }),
  inviteTrayPartner: defineRoute({
    method: 'POST',
    path: '/api/tray-partners',
    access: 'coordinator',
    summary:
      'Invites an organisation outside the network to the tray as a partner: listed, not a member; its representative is emailed.',
    tags: ['tray'],
    rateLimited: true,
    body: partnerInput,
    response: organisation,
    successStatus: 201,
  }),
  listTrayPartners: defineRoute({
    method: 'GET',
    path: '/api/tray-partners',
    access: 'public',
    summary: "The tray's partners: organisations outside the network listed in the tray, by name.",
    tags: ['tray'],
    query: cursorQuery,
    response: page(organisation),
  }),
};
