import { finishPendingErasures } from '#shared/people/delete-account.ts';
import { store } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';
import { scheduledFunction } from '../lib/schedule.ts';

/** Finishes account erasures that stopped half-way (the account itself was unusable from the start). */
export const handler = scheduledFunction(async () => {
  const finished = await finishPendingErasures(store());
  if (finished > 0) logger.info('Finished pending erasures', { count: finished });
});
