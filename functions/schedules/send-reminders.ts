import { sendDueReminders } from '#shared/statements/remind.ts';
import { store } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';
import { scheduledFunction } from '../lib/schedule.ts';

/**
 * Reminds leads of closing co-signing deadlines, officers of unacknowledged submissions, and meetings'
 * participants; sends translators their daily summaries and coordinators the untaken translation requests.
 */
export const handler = scheduledFunction(async (now) => {
  const report = await sendDueReminders(store(), now);
  const { summaries, reminded } = report.translations;
  if (report.due > 0 || summaries > 0 || reminded > 0)
    logger.info('Reminders', { due: report.due, sent: report.sent, summaries, reminded });
});
