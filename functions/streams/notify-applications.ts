import { config } from '#shared/config.ts';
import { sendOnce } from '#shared/mail/outbox.ts';
import { mailSender } from '#shared/mail/ses-mail-sender.ts';
import { applicationReceipt } from '#shared/mail/templates/application-receipt.ts';
import { applicationFromItem } from '#shared/membership/application-store.ts';
import { documentClient } from '#shared/store/client.ts';
import { streamFunction } from '../lib/stream.ts';

/** Sends the applicant a receipt when an application is written (catalog filter: INSERT of an application). */
export const handler = streamFunction(async (change) => {
  if (!change.newImage) return;
  const app = applicationFromItem(change.newImage);
  const { tableName, publicBaseUrl } = config();
  await sendOnce(
    { db: documentClient(), tableName, sender: mailSender() },
    `application-receipt#${app.id}`,
    applicationReceipt(app, publicBaseUrl),
  );
});
