import { sendDueReminders } from '#shared/statements/remind.ts';
import { store } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';
import { scheduledFunction } from '../lib/schedule.ts';

/** Reminds leads of closing co-signing deadlines and officers of unacknowledged submissions. */
export const handler = scheduledFunction(async (now) => {
  const report = await sendDueReminders(store(), now);
  if (report.due > 0) logger.info('Reminders', { ...report });
});
