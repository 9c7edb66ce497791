import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { handleMailEvent, mailEvent } from '#shared/alerts/mail-events.ts';
import { store } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** SES bounce and complaint events, published to SNS by the configuration set. */
export const handler = middy<SNSEvent, void>(async (event: SNSEvent) => {
  for (const record of event.Records) {
    const parsed = mailEvent.safeParse(parseJson(record.Sns.Message));
    // A message that is not an SES event would fail on every retry: log it and go on.
    if (!parsed.success) {
      logger.warn('Not an SES event', { messageId: record.Sns.MessageId });
      continue;
    }
    const outcome = await handleMailEvent(store(), parsed.data, new Date(record.Sns.Timestamp || Date.now()));
    logger.info('Mail event', {
      eventType: parsed.data.eventType,
      messageId: parsed.data.mail.messageId,
      suppressed: outcome.suppressed.length,
      bouncedDeliveries: outcome.bouncedDeliveries,
    });
  }
});
