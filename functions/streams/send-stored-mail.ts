import * as z from 'zod/mini';
import { config } from '#shared/config.ts';
import type { OutgoingMail } from '#shared/mail/mail-sender.ts';
import { sendOnce } from '#shared/mail/outbox.ts';
import { mailSender } from '#shared/mail/ses-mail-sender.ts';
import { documentClient } from '#shared/store/client.ts';
import type { Invocation, TableChange } from '../lib/stream.ts';

const marker = z.object({
  pk: z.string(),
  sk: z.string(),
  mail: z.object({ to: z.array(z.string()), subject: z.string(), text: z.string(), html: z.string() }),
});

/** Sends again the message an outbox marker kept (a notice's or a digest's), once the retry schedule re-queued it. */
export async function handle(change: TableChange, { deadline }: Invocation) {
  const item = marker.parse(change.newImage);
  const { tableName } = config();
  await sendOnce(
    { db: documentClient(), tableName, sender: mailSender(), deadline },
    { pk: item.pk, sk: item.sk },
    // The whole stored message, headers and all, as it was first rendered.
    change.newImage?.mail as OutgoingMail,
  );
}
