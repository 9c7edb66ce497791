import { config } from '#shared/config.ts';
import { retryFailedMail } from '#shared/mail/outbox.ts';
import { documentClient } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';
import { scheduledFunction } from '../lib/schedule.ts';

/** Time kept back at the end of a run to count what was given up on and report it. */
const REPORT_MS = 5_000;

export const handler = scheduledFunction(async (now, context) => {
  const report = await retryFailedMail(
    { db: documentClient(), tableName: config().tableName, now: () => now },
    { until: Date.now() + context.getRemainingTimeInMillis() - REPORT_MS },
  );
  if (report.requeued > 0 || report.exhausted > 0) logger.info('Retried failed mail', { ...report });
  // The alarm on undelivered mail matches this line: exactly this message, and the count.
  if (report.exhaustedInAll > 0) logger.error('Mail exhausted', { exhausted: report.exhaustedInAll });
});
