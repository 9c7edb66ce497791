import ical from 'ical-generator';
import type { Consultation } from '#shared/consultations/consultation.ts';
import { textFor } from '#shared/consultations/consultation.ts';
import { addDeadlineEvent } from '#shared/consultations/feeds.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { alerts } from '#shared/i18n/mail/index.ts';
import { formatDateTime, translator } from '#shared/i18n/translate.ts';
import { renderEmail } from '#shared/mail/layout.ts';
import type { OutgoingMail } from '#shared/mail/mail-sender.ts';
import { markdownToHtml } from '#shared/markdown.ts';
import type { AlertText } from './alert-translation.ts';
import type { AlertReason } from './fan-out.ts';

export interface AlertContext {
  consultation: Consultation;
  bodyName: string;
  language: Language;
  reason: AlertReason;
  to: string;
  publicBaseUrl: string;
  /** The query string of the one-click unsubscribe, signed for the subscription. */
  unsubscribeQuery: string;
  /** The network's reviewed translation into the language, shown instead of the original. */
  translation?: AlertText;
}

const unsubscribeHeaders = (context: AlertContext) => ({
  'List-Unsubscribe': `<${context.publicBaseUrl}/api/unsubscribe?${context.unsubscribeQuery}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});

/** The deadline as a calendar file, so it lands in the reader's calendar. */
function deadlineFile(c: Consultation, title: string, url: string): string | undefined {
  if (!c.statementDeadline) return undefined;
  const calendar = ical({ name: 'Kaiutin', prodId: { company: 'Kaiutin', product: 'alerts' } });
  addDeadlineEvent(calendar, c, title, url);
  return calendar.toString();
}

/**
 * An alert: what and until when in the subject, the plain-language summary first, the deadline,
 * one call to action (read and respond); an iCalendar attachment; and RFC 8058 one-click unsubscribe
 * headers. With the network's translation, its title and plain summary, marked as the network's.
 */
export function renderAlert(context: AlertContext): OutgoingMail {
  const { consultation: c, language, translation } = context;
  const t = translator(language, alerts);
  const own = textFor(c, language);
  const text = translation ? { title: translation.title, plainSummary: translation.summary } : own;
  const url = `${context.publicBaseUrl}/consultations/${c.id}`;
  const unsubscribePage = `${context.publicBaseUrl}/unsubscribe?${context.unsubscribeQuery}`;
  const deadline = c.statementDeadline ? formatDateTime(language, new Date(c.statementDeadline)) : undefined;
  const kind = t(`alert.kind.${c.kind}`);
  const subject = [
    context.reason === 'updated' ? t('alert.updatedPrefix') : '',
    deadline
      ? t('alert.subject', { kind, title: text.title, deadline })
      : t('alert.subjectNoDeadline', { kind, title: text.title }),
  ].join('');
  const calendar = deadlineFile(c, text.title, url);
  return {
    to: [context.to],
    ...renderEmail({
      language,
      publicBaseUrl: context.publicBaseUrl,
      subject,
      heading: text.title,
      paragraphs: [
        t('alert.body', { body: context.bodyName, kind }),
        ...(translation ? [t('alert.translated')] : []),
        ...(text.plainSummary ? [{ markdown: text.plainSummary }] : []),
        // The full summary is the original's: a translation covers the plain one.
        ...(translation ? [] : [{ markdown: own.summary }]),
        ...(deadline ? [t('alert.deadline', { deadline })] : []),
        ...(c.decisionDate
          ? [t('alert.decisionDate', { date: formatDateTime(language, new Date(c.decisionDate), 'date') })]
          : []),
      ],
      action: { text: t('alert.readMore'), url },
      footerLink: { text: t('alert.unsubscribe'), url: unsubscribePage },
      markdown: markdownToHtml,
    }),
    headers: unsubscribeHeaders(context),
    attachments: calendar
      ? [
          {
            filename: 'deadline.ics',
            content: calendar,
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          },
        ]
      : [],
  };
}

/**
 * The one short follow-up to a subscriber who had the original: the title and plain summary in
 * their language, marked as the network's translation, and a link.
 */
export function renderFollowUp(context: AlertContext & { translation: AlertText }): OutgoingMail {
  const { language, translation } = context;
  const t = translator(language, alerts);
  const unsubscribePage = `${context.publicBaseUrl}/unsubscribe?${context.unsubscribeQuery}`;
  return {
    to: [context.to],
    ...renderEmail({
      language,
      publicBaseUrl: context.publicBaseUrl,
      subject: t('alert.followUp.subject', { title: translation.title }),
      heading: translation.title,
      paragraphs: [
        t('alert.followUp.lead'),
        t('alert.translated'),
        ...(translation.summary ? [{ markdown: translation.summary }] : []),
      ],
      action: {
        text: t('alert.followUp.read'),
        url: `${context.publicBaseUrl}/consultations/${context.consultation.id}`,
      },
      footerLink: { text: t('alert.unsubscribe'), url: unsubscribePage },
      markdown: markdownToHtml,
    }),
    headers: unsubscribeHeaders(context),
    attachments: [],
  };
}
