import { releaseWaitingAlerts } from '#shared/alerts/follow-translation.ts';
import { store } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';
import { scheduledFunction } from '../lib/schedule.ts';

/** Keeps this much of the run to finish the releases under way. */
const MARGIN_MS = 10_000;

export const handler = scheduledFunction(async (now, context) => {
  const report = await releaseWaitingAlerts(
    store(),
    now,
    Date.now() + context.getRemainingTimeInMillis() - MARGIN_MS,
  );
  if (Object.values(report).some((count) => count > 0)) logger.info('Waiting alerts released', { ...report });
});
