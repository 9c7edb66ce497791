import { placeholdersIn } from '#shared/i18n/format.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { common, notices, signIn } from '#shared/i18n/mail/index.ts';
import { formatDateTime, translator } from '#shared/i18n/translate.ts';
import { renderEmail } from './layout.ts';

type NoticeKey = keyof typeof notices.fi;
type CommonKey = keyof typeof common.fi;

/**
 * Every email Kaiutin sends, by name: each names the catalogue messages it is made of. Parameters
 * ending in `At` are ISO dates, formatted in the recipient's language; `ground`, `outcome` and
 * `answer` are translated codes; `path` is a link within Kaiutin. A message that needs a parameter
 * the notice does not have (an optional diary number, say) is left out.
 */
const templates = {
  applicationReceipt: ['mail.applicationReceipt.body', 'mail.applicationReceipt.principles'],
  applicationApproved: ['mail.applicationApproved.body', 'mail.signInHint'],
  applicationRejected: ['mail.applicationRejected.body'],
  representativeAdded: ['mail.representativeAdded.body', 'mail.signInHint'],
  officerAdded: ['mail.officerAdded.body', 'mail.signInHint'],
  organisationResigned: ['mail.organisationResigned.body'],
  removalOpened: ['mail.removalOpened.body', 'mail.removalOpened.respond'],
  removalResponded: ['mail.removalResponded.body'],
  removalDecided: ['mail.removalDecided.body'],
  confirmSubscription: ['mail.confirmSubscription.body', 'mail.confirmSubscription.ignore'],
  statementOpened: ['mail.statementOpened.body', 'mail.statementOpened.read'],
  statementInvitation: [
    'mail.statementOpened.body',
    'mail.statementInvitation.message',
    'mail.statementOpened.read',
    'mail.statementInvitation.member',
  ],
  statementChanged: ['mail.statementChanged.body', 'mail.statementChanged.read'],
  statementSubmitted: ['mail.statementSubmitted.body', 'mail.statementSubmitted.record'],
  submissionAcknowledged: ['mail.submissionAcknowledged.body', 'mail.submissionAcknowledged.diary'],
  submissionAnswered: [
    'mail.submissionAnswered.body',
    'mail.submissionAnswered.explanation',
    'mail.submissionAnswered.decision',
    'mail.submissionAnswered.record',
  ],
  cosignReminder: ['mail.cosignReminder.body'],
  acknowledgeReminder: ['mail.acknowledgeReminder.body', 'mail.acknowledgeReminder.inbox'],
} satisfies Record<string, NoticeKey[]>;

export type NoticeTemplate = keyof typeof templates;
export const noticeTemplates = Object.keys(templates) as NoticeTemplate[];

export function renderNotice(
  template: NoticeTemplate,
  language: Language,
  params: Record<string, string>,
  publicBaseUrl: string,
): { subject: string; text: string; html: string } {
  const t = translator(language, notices, common);
  const values: Record<string, string> = { ...params };
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith('At')) values[name] = formatDateTime(language, new Date(value), 'date');
  }
  if (params.ground) values.ground = t(`removal.ground.${params.ground}` as CommonKey);
  if (params.outcome) values.outcome = t(`removal.outcome.${params.outcome}` as CommonKey);
  if (params.answer) values.answer = t(`submission.outcome.${params.answer}` as CommonKey);
  if (params.path !== undefined) values.url = `${publicBaseUrl}${params.path}`;
  values.signInUrl = `${publicBaseUrl}/sign-in`;
  values.applyUrl = `${publicBaseUrl}/apply`;
  // Every language's message has the Finnish one's placeholders (the catalogue tests say so).
  const complete = (key: NoticeKey) =>
    placeholdersIn(notices.fi[key]).every((name) => (values[name] ?? '') !== '');
  return renderEmail({
    language,
    publicBaseUrl,
    subject: t(`mail.${template}.subject` as NoticeKey, values),
    heading: t(`mail.${template}.heading` as NoticeKey, values),
    paragraphs: (templates[template] as NoticeKey[]).filter(complete).map((key) => t(key, values)),
  });
}

/** The sign-in email: not a notice, because the code must never be stored in the clear. */
export function renderSignInCode(
  language: Language,
  code: string,
  link: string,
  minutes: number,
  publicBaseUrl: string,
) {
  const t = translator(language, signIn);
  return renderEmail({
    language,
    publicBaseUrl,
    subject: t('mail.signInCode.subject', { code }),
    heading: t('mail.signInCode.heading'),
    paragraphs: [
      t('mail.signInCode.body', { code, minutes }),
      t('mail.signInCode.link', { url: link }),
      t('mail.signInCode.ignore'),
    ],
  });
}
