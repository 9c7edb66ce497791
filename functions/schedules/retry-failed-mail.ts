import { config } from '#shared/config.ts';
import { retryFailedMail } from '#shared/mail/outbox.ts';
import { mailSender } from '#shared/mail/ses-mail-sender.ts';
import { documentClient } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';
import { scheduledFunction } from '../lib/schedule.ts';

export const handler = scheduledFunction(async () => {
  const report = await retryFailedMail({
    db: documentClient(),
    tableName: config().tableName,
    sender: mailSender(),
  });
  if (report.retried > 0) logger.info('Retried failed mail', { ...report });
});
