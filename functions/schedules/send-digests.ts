import { sendDigests } from '#shared/alerts/digest.ts';
import { config } from '#shared/config.ts';
import { mailSender } from '#shared/mail/ses-mail-sender.ts';
import { store } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';
import { scheduledFunction } from '../lib/schedule.ts';

export const handler = scheduledFunction(async (now, context) => {
  const s = store();
  const report = await sendDigests(
    s,
    {
      db: s.db,
      tableName: s.tableName,
      sender: mailSender(),
      deadline: Date.now() + context.getRemainingTimeInMillis(),
    },
    config().publicBaseUrl,
    now,
  );
  // A refused digest waits on the outbox's failed list; the warning says how many there were.
  (report.failed > 0 ? logger.warn : logger.info)('Weekly digests', { ...report });
});
