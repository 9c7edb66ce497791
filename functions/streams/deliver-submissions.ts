import * as z from 'zod/mini';
import { bodyName } from '#shared/bodies/body.ts';
import { getBody } from '#shared/bodies/body-store.ts';
import { config } from '#shared/config.ts';
import { textFor } from '#shared/consultations/consultation.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import { sendOnce } from '#shared/mail/outbox.ts';
import { mailSender } from '#shared/mail/ses-mail-sender.ts';
import { store } from '#shared/store/client.ts';
import { renderSubmission } from '#shared/submissions/submission-mail.ts';
import { getSubmission } from '#shared/submissions/submission-store.ts';
import type { Invocation, TableChange } from '../lib/stream.ts';

const delivery = z.object({
  pk: z.string(),
  sk: z.string(),
  submissionId: z.string(),
  to: z.string(),
  language: z.enum(languageCodes),
  role: z.enum(['registry', 'officer']),
});

/**
 * Delivers a submitted statement to one recipient, once (send-mail: the delivery's INSERT, or its
 * re-queueing by the retry-failed-mail schedule after a failed send).
 */
export async function handle(change: TableChange, { deadline }: Invocation) {
  const d = delivery.parse(change.newImage);
  const s = store();
  const submission = await getSubmission(s, d.submissionId);
  if (!submission) throw new Error(`Submission ${d.submissionId} is missing`);
  const [consultation, body] = await Promise.all([
    getConsultation(s, submission.consultationId),
    getBody(s, submission.bodyId),
  ]);
  const mail = renderSubmission({
    submission,
    consultationTitle: consultation ? textFor(consultation, d.language).title : '',
    bodyName: body ? bodyName(body, d.language) : '',
    language: d.language,
    publicBaseUrl: config().publicBaseUrl,
  });
  await sendOnce(
    { db: s.db, tableName: s.tableName, sender: mailSender(), deadline },
    { pk: d.pk, sk: d.sk },
    {
      to: [d.to],
      ...mail,
    },
  );
}
