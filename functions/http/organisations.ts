import { organisationsRoutes as routes } from '#shared/api/routes/organisations.ts';
import { actorOf } from '#shared/audit/audit.ts';
import { listAudit } from '#shared/audit/audit-store.ts';
import { Conflict } from '#shared/errors.ts';
import {
  assertListed,
  assertMember,
  assertRemovalDecidable,
  assertRemovalOpenable,
  assertRespondable,
} from '#shared/membership/organisation.ts';
import {
  addRepresentative,
  existingOrganisation as existingOrganisationIn,
  listOrganisations,
  listRepresentatives,
  recipientsOf,
  removeRepresentative,
  resign,
  updateOrganisation,
} from '#shared/membership/organisation-store.ts';
import {
  decideRemoval,
  getRemoval,
  openRemoval,
  respondToRemoval,
} from '#shared/membership/removal-store.ts';
import { ensurePerson, listCoordinators } from '#shared/people/person-store.ts';
import { store } from '#shared/store/client.ts';
import { countAgainstLimits } from '#shared/store/rate-limit.ts';
import { httpFunction } from '../lib/http.ts';

/** Representatives named a day, by one organisation and by one person (a coordinator names them for many). */
const REPRESENTATIVES_PER_ORGANISATION_PER_DAY = 10;
const REPRESENTATIVES_PER_PERSON_PER_DAY = 30;
const DAY = 86_400;

const existingOrganisation = (id: string) => existingOrganisationIn(store(), id);

async function existingRemoval(organisationId: string) {
  const removal = await getRemoval(store(), organisationId);
  if (!removal) throw new Conflict('No removal hearing has been opened for this organisation.', 'no_hearing');
  return removal;
}

const coordinators = async () => recipientsOf(await listCoordinators(store()));
const representatives = async (organisationId: string) =>
  recipientsOf(await listRepresentatives(store(), organisationId));

export const handler = httpFunction(routes, {
  listOrganisations: async ({ query }) => listOrganisations(store(), 'member', query.cursor),

  getOrganisation: async ({ params }) => existingOrganisation(params.id),

  updateOrganisation: async ({ params, body, caller, now }) => {
    const org = await existingOrganisation(params.id);
    assertListed(org, 'be changed');
    return updateOrganisation(store(), org, body, actorOf(caller), now);
  },

  listRepresentatives: async ({ params }) => ({
    items: await listRepresentatives(store(), (await existingOrganisation(params.id)).id),
  }),

  addRepresentative: async ({ params, body, caller, now }) => {
    const org = await existingOrganisation(params.id);
    assertListed(org, 'name representatives');
    // Each new representative is emailed: adding and removing again must not mail anyone at will.
    await countAgainstLimits(
      store(),
      [
        {
          key: `representatives-added#${org.id}`,
          limit: REPRESENTATIVES_PER_ORGANISATION_PER_DAY,
          windowSeconds: DAY,
        },
        {
          key: `representatives-added-by#${caller.personId}`,
          limit: REPRESENTATIVES_PER_PERSON_PER_DAY,
          windowSeconds: DAY,
        },
      ],
      now,
    );
    const person = await ensurePerson(store(), body.email, body.language, now);
    await addRepresentative(store(), org, person, actorOf(caller), now);
    return {
      personId: person.id,
      email: person.email,
      name: person.name,
      language: person.language,
      since: now.toISOString(),
    };
  },

  removeRepresentative: async ({ params, caller, now }) => {
    const org = await existingOrganisation(params.id);
    await removeRepresentative(store(), org, params.personId, actorOf(caller), now);
    return undefined;
  },

  resign: async ({ params, body, caller, now }) => {
    const org = await existingOrganisation(params.id);
    assertMember(org, 'resign');
    await resign(store(), org, body.reason, actorOf(caller), await coordinators(), now);
    return existingOrganisation(params.id);
  },

  getRemoval: async ({ params }) => ({
    removal: (await getRemoval(store(), (await existingOrganisation(params.id)).id)) ?? null,
  }),

  openRemoval: async ({ params, body, caller, now }) => {
    const org = await existingOrganisation(params.id);
    assertMember(org, 'be removed');
    assertRemovalOpenable(await getRemoval(store(), org.id));
    return openRemoval(store(), org, body, actorOf(caller), await representatives(org.id), now);
  },

  respondToRemoval: async ({ params, body, caller, now }) => {
    const org = await existingOrganisation(params.id);
    assertRespondable(await getRemoval(store(), org.id), now);
    await respondToRemoval(store(), org, body.text, actorOf(caller), await coordinators(), now);
    return existingRemoval(org.id);
  },

  decideRemoval: async ({ params, body, caller, now }) => {
    const org = await existingOrganisation(params.id);
    assertRemovalDecidable(await existingRemoval(org.id), now);
    await decideRemoval(store(), org, body, actorOf(caller), await representatives(org.id), now);
    return existingRemoval(org.id);
  },

  organisationAudit: async ({ params, query }) =>
    listAudit(store(), { organisationId: params.id }, query.cursor),

  networkAudit: async ({ query }) => listAudit(store(), 'network', query.cursor),
});
