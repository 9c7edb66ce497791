import { deskRoutes as routes } from '#shared/api/routes/desk.ts';
import { desk } from '#shared/desk/desk.ts';
import { store } from '#shared/store/client.ts';
import { httpFunction } from '../lib/http.ts';

export const handler = httpFunction(routes, {
  getDesk: async ({ caller, now }) => desk(store(), caller, now),
});
