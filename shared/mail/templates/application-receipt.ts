import { formatDateTime, translator } from '#shared/i18n/translate.ts';
import type { Application } from '#shared/membership/application.ts';
import { renderEmail } from '../layout.ts';
import type { OutgoingMail } from '../mail-sender.ts';

/** The receipt an applicant's contact person gets, in the language they chose on the form. */
export function applicationReceipt(app: Application, publicBaseUrl: string): OutgoingMail {
  const language = app.contact.language;
  const t = translator(language);
  const organisation = app.organisationName;
  return {
    to: [app.contact.email],
    ...renderEmail({
      language,
      publicBaseUrl,
      subject: t('mail.applicationReceipt.subject', { organisation }),
      heading: t('mail.applicationReceipt.heading'),
      paragraphs: [
        t('mail.applicationReceipt.body', {
          organisation,
          date: formatDateTime(language, new Date(app.submittedAt), 'date'),
        }),
        t('mail.applicationReceipt.principles', { version: app.principles.version }),
      ],
    }),
  };
}
