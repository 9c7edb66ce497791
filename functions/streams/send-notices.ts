import * as z from 'zod/mini';
import { config } from '#shared/config.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import { outboxKey, sendOnce } from '#shared/mail/outbox.ts';
import { mailSender } from '#shared/mail/ses-mail-sender.ts';
import { type NoticeTemplate, renderNotice } from '#shared/mail/templates.ts';
import { markdownToHtml } from '#shared/markdown.ts';
import { documentClient } from '#shared/store/client.ts';
import type { Invocation, TableChange } from '../lib/stream.ts';

const noticeImage = z.object({
  id: z.string(),
  template: z.string(),
  to: z.array(z.object({ email: z.string(), language: z.enum(languageCodes) })),
  params: z.record(z.string(), z.string()),
  calendar: z.optional(z.string()),
});

/**
 * Sends a new notice to each recipient in their language, once (send-mail: INSERT of a notice). Each
 * send has its own outbox marker, which keeps the message until it is sent.
 */
export async function handle(change: TableChange, { deadline }: Invocation) {
  const notice = noticeImage.parse(change.newImage);
  const { tableName, publicBaseUrl } = config();
  const deps = { db: documentClient(), tableName, sender: mailSender(), deadline };
  for (const recipient of notice.to) {
    const content = renderNotice(
      notice.template as NoticeTemplate,
      recipient.language,
      notice.params,
      publicBaseUrl,
      markdownToHtml,
    );
    await sendOnce(deps, outboxKey(`notice#${notice.id}#${recipient.email}`), {
      to: [recipient.email],
      ...content,
      ...(notice.calendar
        ? {
            attachments: [
              {
                filename: 'invitation.ics',
                content: notice.calendar,
                contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
              },
            ],
          }
        : {}),
    });
  }
}
