import { materialsRoutes as routes } from '#shared/api/routes/materials.ts';
import { store } from '#shared/store/client.ts';
import { organisationMaterialsPage, searchMaterials } from '#shared/tray/material-store.ts';
import { removeMaterial } from '#shared/tray/remove-material.ts';
import { shareMaterial } from '#shared/tray/share-material.ts';
import { updateMaterial } from '#shared/tray/update-material.ts';
import { httpFunction } from '../lib/http.ts';

export const handler = httpFunction(routes, {
  listMaterials: async ({ query }) => searchMaterials(store(), query),
  listOrganisationMaterials: async ({ params, query }) =>
    organisationMaterialsPage(store(), params.id, query.cursor),
  shareMaterial: async ({ body, caller, now }) => shareMaterial(store(), caller, body, now),
  updateMaterial: async ({ params, body, caller, now }) =>
    updateMaterial(store(), caller, params.id, body, now),
  removeMaterial: async ({ params, caller, now }) => {
    await removeMaterial(store(), caller, params.id, now);
  },
});
