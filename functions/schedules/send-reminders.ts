import { sendDueReminders } from '#shared/statements/remind.ts';
import { store } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';
import { scheduledFunction } from '../lib/schedule.ts';

/** Reminds leads of closing co-signing deadlines, officers of unacknowledged submissions, and meetings' participants. */
export const handler = scheduledFunction(async (now) => {
  const report = await sendDueReminders(store(), now);
  if (report.due > 0) logger.info('Reminders', { ...report });
});
