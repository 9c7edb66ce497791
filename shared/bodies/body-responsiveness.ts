import { NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { getBody } from './body-store.ts';
import { readResponsiveness, rebuildFigures } from './responsiveness-store.ts';

/** How the body has answered what was submitted to it. */
export async function bodyResponsiveness(store: Store, bodyId: string) {
  const figures = await readResponsiveness(store, bodyId);
  if (figures) return figures;
  if (!(await getBody(store, bodyId))) throw new NotFound('There is no such body.');
  // Figures stored before they were kept running are counted once, from the submissions.
  return rebuildFigures(store, bodyId);
}
