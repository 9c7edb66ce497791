import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { handleMailEvent, mailEvent } from '#shared/alerts/mail-events.ts';
import { store } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';

/** SES bounce and complaint events, published to SNS by the configuration set. */
export const handler = middy<SNSEvent, void>(async (event: SNSEvent) => {
  for (const record of event.Records) {
    let parsed: ReturnType<typeof mailEvent.safeParse>;
    try {
      parsed = mailEvent.safeParse(JSON.parse(record.Sns.Message));
    } catch {
      parsed = mailEvent.safeParse(undefined);
    }
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
}).use(injectLambdaContext(logger, { resetKeys: true }));
