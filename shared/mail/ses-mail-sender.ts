import { SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { type Config, config } from '#shared/config.ts';
import type { MailSender, OutgoingMail } from './mail-sender.ts';

/** Sends through SES as raw MIME (built by nodemailer), so headers and attachments survive. */
export function createSesMailSender(
  settings: Pick<Config, 'region' | 'sesEndpoint' | 'mailFrom' | 'sesConfigurationSet'>,
): MailSender {
  const ses = new SESClient({
    region: settings.region,
    endpoint: settings.sesEndpoint,
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 2_000, requestTimeout: 10_000 },
  });
  return {
    async send(mail: OutgoingMail, options: { signal?: AbortSignal } = {}) {
      const mime = await new MailComposer({
        from: settings.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        attachments: mail.attachments,
      })
        .compile()
        .build();
      const result = await ses.send(
        new SendRawEmailCommand({
          RawMessage: { Data: mime },
          ConfigurationSetName: settings.sesConfigurationSet,
          Tags: Object.entries(mail.tags ?? {}).map(([Name, Value]) => ({ Name, Value })),
        }),
        { abortSignal: options.signal },
      );
      return { messageId: result.MessageId ?? '' };
    },
  };
}

let shared: MailSender | undefined;

export function mailSender(): MailSender {
  shared ??= createSesMailSender(config());
  return shared;
}
