import { placeholdersIn } from '#shared/i18n/format.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { common, notices, signIn } from '#shared/i18n/mail/index.ts';
import { formatDateTime, translator } from '#shared/i18n/translate.ts';
import { languageName } from '#shared/translations/language-names.ts';
import { type Block, type Link, renderEmail } from './layout.ts';

type NoticeKey = keyof typeof notices.fi;
type CommonKey = keyof typeof common.fi;

/** A message that is a link: its words, and the parameter that holds the address. */
interface LinkPart {
  link: NoticeKey;
  url: string;
}
/**
 * Links a parameter holds as JSON, `[{ text, path, language? }]`: each named by its words (and the
 * name of its `language` in the recipient's), a list in the HTML part, a line each in the text.
 */
interface LinkListPart {
  linkList: string;
}
type Part = NoticeKey | LinkPart | LinkListPart;

/**
 * Every email Kaiutin sends, by name: the catalogue messages it is made of, the links among them,
 * and the one action it asks for, if any (a button). Parameters ending in `At` are ISO dates,
 * formatted in the recipient's language (ending in `Time`, with the time of day, Helsinki time); `ground`, `outcome` and `answer` are translated codes;
 * `path` is a link within Kaiutin (`url`); `message` and `explanation` are simple markdown. A
 * message or link that needs a parameter the notice does not have (an optional diary number, say)
 * is left out.
 */
const templates = {
  applicationReceipt: { parts: ['mail.applicationReceipt.body', 'mail.applicationReceipt.principles'] },
  applicationApproved: {
    parts: ['mail.applicationApproved.body'],
    action: { link: 'mail.signInHint', url: 'signInUrl' },
  },
  applicationRejected: { parts: ['mail.applicationRejected.body'] },
  representativeAdded: {
    parts: ['mail.representativeAdded.body'],
    action: { link: 'mail.signInHint', url: 'signInUrl' },
  },
  officerAdded: { parts: ['mail.officerAdded.body'], action: { link: 'mail.signInHint', url: 'signInUrl' } },
  organisationResigned: { parts: ['mail.organisationResigned.body'] },
  removalOpened: {
    parts: ['mail.removalOpened.body'],
    action: { link: 'mail.removalOpened.respond', url: 'url' },
  },
  removalResponded: {
    parts: ['mail.removalResponded.body'],
    action: { link: 'mail.removalResponded.read', url: 'url' },
  },
  removalDecided: { parts: ['mail.removalDecided.body'] },
  confirmSubscription: {
    parts: ['mail.confirmSubscription.body', 'mail.confirmSubscription.ignore'],
    action: { link: 'mail.confirmSubscription.confirm', url: 'url' },
  },
  statementOpened: {
    parts: ['mail.statementOpened.body'],
    action: { link: 'mail.statementOpened.read', url: 'url' },
  },
  statementInvitation: {
    parts: [
      'mail.statementOpened.body',
      'mail.statementInvitation.message',
      'mail.statementInvitation.member',
      { link: 'mail.statementInvitation.apply', url: 'applyUrl' },
    ],
    action: { link: 'mail.statementOpened.read', url: 'url' },
  },
  statementChanged: {
    parts: ['mail.statementChanged.body'],
    action: { link: 'mail.statementChanged.read', url: 'url' },
  },
  statementSubmitted: {
    parts: ['mail.statementSubmitted.body', { link: 'mail.statementSubmitted.record', url: 'url' }],
  },
  submissionAcknowledged: {
    parts: ['mail.submissionAcknowledged.body', 'mail.submissionAcknowledged.diary'],
  },
  submissionAnswered: {
    parts: [
      'mail.submissionAnswered.body',
      'mail.submissionAnswered.explanation',
      { link: 'mail.submissionAnswered.decision', url: 'decisionUrl' },
      { link: 'mail.submissionAnswered.record', url: 'url' },
    ],
  },
  cosignReminder: {
    parts: ['mail.cosignReminder.body'],
    action: { link: 'mail.cosignReminder.open', url: 'url' },
  },
  acknowledgeReminder: {
    parts: ['mail.acknowledgeReminder.body'],
    action: { link: 'mail.acknowledgeReminder.inbox', url: 'url' },
  },
  minutesPublished: {
    parts: ['mail.minutesPublished.body', 'mail.minutesPublished.decisions', 'mail.minutesPublished.next'],
    action: { link: 'mail.minutesPublished.read', url: 'url' },
  },
  datePollRequest: {
    parts: ['mail.datePollRequest.body'],
    action: { link: 'mail.datePollRequest.answer', url: 'url' },
  },
  meetingFeedback: {
    parts: ['mail.meetingFeedback.body', 'mail.meetingFeedback.anonymous'],
    action: { link: 'mail.meetingFeedback.answer', url: 'url' },
  },
  networkSurvey: {
    parts: ['mail.networkSurvey.body', 'mail.networkSurvey.introduction', 'mail.networkSurvey.anonymous'],
    action: { link: 'mail.networkSurvey.answer', url: 'url' },
  },
  meetingInvitation: {
    parts: [
      'mail.meetingInvitation.body',
      'mail.meetingInvitation.time',
      'mail.meetingInvitation.place',
      'mail.meetingInvitation.directions',
      { link: 'mail.meetingInvitation.online', url: 'onlineUrl' },
      'mail.meetingInvitation.theme',
      'mail.meetingInvitation.agenda',
      'mail.meetingInvitation.calendar',
    ],
    action: { link: 'mail.meetingInvitation.register', url: 'url' },
  },
  meetingReminder: {
    parts: [
      'mail.meetingReminder.body',
      'mail.meetingInvitation.time',
      'mail.meetingInvitation.place',
      'mail.meetingInvitation.directions',
      { link: 'mail.meetingInvitation.online', url: 'onlineUrl' },
      'mail.meetingInvitation.agenda',
      { link: 'mail.meetingReminder.cancel', url: 'cancelUrl' },
    ],
    action: { link: 'mail.meetingReminder.open', url: 'url' },
  },
  registrationConfirm: {
    parts: ['mail.registrationConfirm.body', 'mail.registrationConfirm.ignore'],
    action: { link: 'mail.registrationConfirm.confirm', url: 'url' },
  },
  registrationConfirmed: {
    parts: [
      'mail.registrationConfirmed.registered',
      'mail.registrationConfirmed.waiting',
      'mail.registration.when',
      'mail.registration.where',
      { link: 'mail.registration.online', url: 'onlineUrl' },
      { link: 'mail.registration.cancel', url: 'url' },
    ],
  },
  registrationPromoted: {
    parts: [
      'mail.registrationPromoted.body',
      'mail.registration.when',
      'mail.registration.where',
      { link: 'mail.registration.online', url: 'onlineUrl' },
      { link: 'mail.registration.cancel', url: 'url' },
    ],
  },
  registrationCancelled: {
    parts: ['mail.registrationCancelled.body'],
    action: { link: 'mail.registrationCancelled.again', url: 'url' },
  },
  trayPartnerInvited: {
    parts: ['mail.trayPartnerInvited.body'],
    action: { link: 'mail.signInHint', url: 'signInUrl' },
  },
  peerRequest: {
    parts: [
      'mail.peerRequest.body',
      'mail.peerRequest.purpose',
      'mail.peerRequest.when',
      'mail.peerRequest.contacts',
      'mail.peerRequest.answerBy',
      { link: 'mail.peerRequest.no', url: 'noUrl' },
    ],
    action: { link: 'mail.peerRequest.yes', url: 'url' },
  },
  peerRequestAccepted: {
    parts: ['mail.peerRequestAccepted.body', 'mail.peerRequest.purpose', 'mail.peerRequestAccepted.contact'],
    action: { link: 'mail.peerRequestAccepted.open', url: 'url' },
  },
  peerRequestContact: {
    parts: ['mail.peerRequestContact.body', 'mail.peerRequest.purpose', 'mail.peerRequestContact.contacts'],
    action: { link: 'mail.peerRequestContact.open', url: 'url' },
  },
  peerRequestDeclined: {
    parts: ['mail.peerRequestDeclined.body', 'mail.peerRequest.purpose'],
    action: { link: 'mail.peerRequestAccepted.open', url: 'url' },
  },
  peerLeaderInvited: {
    parts: ['mail.peerLeaderInvited.body', 'mail.peerLeaderInvited.consent'],
    action: { link: 'mail.peerLeaderInvited.open', url: 'url' },
  },
  translatorInvited: {
    parts: ['mail.translatorInvited.body', 'mail.translatorInvited.work', 'mail.translatorInvited.leave'],
    action: { link: 'mail.translatorInvited.open', url: 'url' },
  },
  translationSummary: {
    parts: ['mail.translationSummary.body', { linkList: 'requests' }],
    action: { link: 'mail.translationSummary.open', url: 'url' },
  },
  translationUntaken: {
    parts: ['mail.translationUntaken.body', { linkList: 'requests' }],
    action: { link: 'mail.translationUntaken.open', url: 'url' },
  },
} satisfies Record<string, { parts: Part[]; action?: LinkPart }>;

export type NoticeTemplate = keyof typeof templates;
export const noticeTemplates = Object.keys(templates) as NoticeTemplate[];

/** Messages that are text a person wrote, in simple markdown, rather than the catalogue's words. */
const markdownMessages = new Set<NoticeKey>([
  'mail.statementInvitation.message',
  'mail.submissionAnswered.explanation',
  'mail.minutesPublished.decisions',
  // The agenda's lines, a list: its titles and presenters escaped (shared/meetings/agenda-text.ts).
  'mail.meetingInvitation.agenda',
]);

/** The links a `linkList` parameter holds; none when it holds something else. */
function linksOf(value: string | undefined, language: Language, publicBaseUrl: string): Link[] {
  try {
    const entries: unknown = JSON.parse(value ?? '[]');
    if (!Array.isArray(entries)) return [];
    return entries.flatMap((entry) => {
      const { text, path, language: code } = (entry ?? {}) as Record<string, unknown>;
      if (typeof text !== 'string' || typeof path !== 'string' || !path.startsWith('/')) return [];
      const named = typeof code === 'string' ? `${text} (${languageName(code, language)})` : text;
      return [{ text: named, url: `${publicBaseUrl}${path}` }];
    });
  } catch {
    return [];
  }
}

export function renderNotice(
  template: NoticeTemplate,
  language: Language,
  params: Record<string, string>,
  publicBaseUrl: string,
  /** Renders what a person wrote (shared/markdown.ts); given by the sender, so no other bundle carries it. */
  markdown?: (text: string) => string,
): { subject: string; text: string; html: string } {
  const t = translator(language, notices, common);
  const values: Record<string, string> = { ...params };
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith('At')) values[name] = formatDateTime(language, new Date(value), 'date');
    if (name.endsWith('Time')) values[name] = formatDateTime(language, new Date(value), 'dateTime');
  }
  if (params.ground) values.ground = t(`removal.ground.${params.ground}` as CommonKey);
  if (params.outcome) values.outcome = t(`removal.outcome.${params.outcome}` as CommonKey);
  if (params.answer) values.answer = t(`submission.outcome.${params.answer}` as CommonKey);
  if (params.path !== undefined) values.url = `${publicBaseUrl}${params.path}`;
  values.signInUrl = `${publicBaseUrl}/sign-in`;
  values.applyUrl = `${publicBaseUrl}/apply`;
  const has = (name: string) => (values[name] ?? '') !== '';
  // Every language's message has the Finnish one's placeholders (the catalogue tests say so).
  const complete = (key: NoticeKey) => placeholdersIn(notices.fi[key]).every(has);
  const link = (part: LinkPart) =>
    complete(part.link) && has(part.url)
      ? { text: t(part.link, values), url: values[part.url] as string }
      : undefined;
  const { parts, action } = templates[template] as { parts: Part[]; action?: LinkPart };
  return renderEmail({
    language,
    publicBaseUrl,
    subject: t(`mail.${template}.subject` as NoticeKey, values),
    heading: t(`mail.${template}.heading` as NoticeKey, values),
    paragraphs: parts.flatMap((part): Block[] => {
      if (typeof part !== 'string' && 'linkList' in part) {
        const links = linksOf(params[part.linkList], language, publicBaseUrl);
        return links.length > 0 ? [{ links }] : [];
      }
      if (typeof part !== 'string') {
        const found = link(part);
        return found ? [{ link: found }] : [];
      }
      if (!complete(part)) return [];
      return [markdownMessages.has(part) ? { markdown: t(part, values) } : t(part, values)];
    }),
    action: action && link(action),
    markdown,
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
      { link: { text: t('mail.signInCode.link'), url: link } },
      t('mail.signInCode.ignore'),
    ],
  });
}
