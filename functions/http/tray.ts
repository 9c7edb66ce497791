import { trayRoutes as routes } from '#shared/api/routes/tray.ts';
import { store } from '#shared/store/client.ts';
import { trayCoverage } from '#shared/tray/coverage.ts';
import { searchTray } from '#shared/tray/search-tray.ts';
import { httpFunction } from '../lib/http.ts';

export const handler = httpFunction(routes, {
  searchTray: async ({ query }) => searchTray(store(), query),
  trayCoverage: async ({ query, caller }) => trayCoverage(store(), caller, query),
});
