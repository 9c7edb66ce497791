import { type Language, languages } from '#shared/i18n/languages.ts';
import { submission } from '#shared/i18n/mail/index.ts';
import { formatDateTime, translator } from '#shared/i18n/translate.ts';
import { renderEmail } from '#shared/mail/layout.ts';
import type { OutgoingMail } from '#shared/mail/mail-sender.ts';
import { markdownToHtml } from '#shared/markdown.ts';
import type { Signatory, Submission } from './submission.ts';

export interface SubmissionMailContext {
  submission: Submission;
  consultationTitle: string;
  bodyName: string;
  /** The language of the email's own words; the statement stays in the language it was signed in. */
  language: Language;
  publicBaseUrl: string;
}

function signatoryLine(signatory: Signatory, language: Language): string {
  const t = translator(language, submission);
  const signedAt = formatDateTime(language, new Date(signatory.signedAt), 'date');
  const m = signatory.mandate;
  return m.kind === 'standing'
    ? t('mail.submission.mandateStanding', { organisation: signatory.organisationName, signedAt })
    : t('mail.submission.mandateDecision', {
        organisation: signatory.organisationName,
        decidedBy: m.decidedBy ?? t('mail.submission.board'),
        decidedOn: formatDateTime(language, new Date(m.decidedOn), 'date'),
        signedAt,
      });
}

/**
 * The consolidated statement as the body receives it: who sends it, the exact text (and its
 * translation), every signatory with its mandate, the public record and the hash that ties them.
 */
export function renderSubmission(context: SubmissionMailContext): Omit<OutgoingMail, 'to'> {
  const { submission: s, language } = context;
  const t = translator(language, submission);
  const count = s.signatories.length;
  const recordUrl = `${context.publicBaseUrl}/submissions/${s.id}`;
  const translationName = s.translation
    ? languages.find((l) => l.code === s.translation?.language)?.name
    : undefined;
  return renderEmail({
    language,
    publicBaseUrl: context.publicBaseUrl,
    subject: t('mail.submission.subject', { title: s.title, count }),
    heading: t('mail.submission.heading', { consultation: context.consultationTitle }),
    paragraphs: [
      t('mail.submission.intro', {
        lead: s.leadOrganisationName,
        body: context.bodyName,
        count,
        consultation: context.consultationTitle,
      }),
      s.title,
      // The signed text as written in the plain-text part, its simple markdown rendered in the HTML.
      { markdown: s.body },
      ...(s.translation
        ? [
            t('mail.submission.translation', { language: translationName ?? s.translation.language }),
            s.translation.title,
            { markdown: s.translation.body },
          ]
        : []),
      t('mail.submission.signatories', { count }),
      ...s.signatories.map((signatory) => signatoryLine(signatory, language)),
      { link: { text: t('mail.submission.record'), url: recordUrl } },
      t('mail.submission.hash', { hash: s.submissionHash }),
    ],
    action: {
      text: t('mail.submission.acknowledge'),
      url: `${context.publicBaseUrl}/bodies/${s.bodyId}/inbox`,
    },
    markdown: markdownToHtml,
  });
}
