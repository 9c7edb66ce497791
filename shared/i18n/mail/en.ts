import type { MailMessages } from './fi.ts';

export const layout: MailMessages['layout'] = {
  'mail.footer': 'This message was sent by Kaiutin',
};

export const signIn: MailMessages['signIn'] = {
  'mail.signInCode.subject': 'Your Kaiutin sign-in code: {code}',
  'mail.signInCode.heading': 'Your sign-in code',
  'mail.signInCode.body':
    'Your code is {code}. It is valid for {minutes, plural, one {# minute} other {# minutes}} and works once.',
  'mail.signInCode.link': 'You can also sign in with this link',
  'mail.signInCode.ignore': 'If you did not ask for a code, you can ignore this message.',
};

export const notices: MailMessages['notices'] = {
  'mail.applicationReceipt.subject': 'Membership application received',
  'mail.applicationReceipt.heading': 'Thank you for your membership application',
  'mail.applicationReceipt.body':
    'We received a membership application on {submittedAt} that gave this address as its contact. The network coordinator will review it and write to you at this address once it is decided. If you did not send it, you can ignore this message.',
  'mail.applicationReceipt.principles':
    "The application accepted the network's goals and principles, version {version}.",
  'mail.signInHint': 'Sign in with this email address',
  'mail.applicationApproved.subject': 'Welcome to the network: {organisation}',
  'mail.applicationApproved.heading': '{organisation} is now a member of the network',
  'mail.applicationApproved.body':
    'The coordinator approved the membership application. You are named a representative of the organisation: you can subscribe to alerts, draft statements and co-sign them on its behalf.',
  'mail.applicationRejected.subject': 'Membership application not approved',
  'mail.applicationRejected.heading': 'The membership application was not approved',
  'mail.applicationRejected.body':
    'The coordinator did not approve the membership application sent on {submittedAt} with this contact address. Reason: {reason}',
  'mail.representativeAdded.subject': 'You have been named a representative in Kaiutin',
  'mail.representativeAdded.heading': 'Representative in Kaiutin',
  'mail.representativeAdded.body':
    'A member organisation of the network has named you its representative in Kaiutin. Sign in to see which one. If you did not expect this, you can ignore this message.',
  'mail.officerAdded.subject': 'Kaiutin: {body}',
  'mail.officerAdded.heading': 'You have been added as an officer',
  'mail.officerAdded.body':
    'You have been added as an officer of {body} in Kaiutin. You will receive the statements addressed to it and can publish consultations.',
  'mail.organisationResigned.subject': 'Resignation: {organisation}',
  'mail.organisationResigned.heading': '{organisation} has resigned from the network',
  'mail.organisationResigned.body':
    '{organisation} gave notice of resigning from the network on {resignedAt}. Reason: {reason}',
  'mail.removalOpened.subject': 'Request for an explanation: {organisation}',
  'mail.removalOpened.heading': 'The coordinator is considering removal',
  'mail.removalOpened.body':
    'The coordinator is considering removing {organisation} from the network. Ground: {ground}. {explanation}',
  'mail.removalOpened.respond': 'You may give your explanation by {deadlineAt}',
  'mail.removalResponded.subject': 'Explanation received: {organisation}',
  'mail.removalResponded.heading': '{organisation} has given its explanation',
  'mail.removalResponded.body':
    '{organisation} has answered the request for an explanation. Read it and decide.',
  'mail.removalResponded.read': 'Read the explanation',
  'mail.removalDecided.subject': 'Decision: {organisation}',
  'mail.removalDecided.heading': 'The coordinator has decided',
  'mail.removalDecided.body': 'Decision on {organisation}: {outcome}. Reason: {reason}',
  'mail.confirmSubscription.subject': 'Confirm your Kaiutin alerts',
  'mail.confirmSubscription.heading': 'Confirm your subscription',
  'mail.confirmSubscription.body':
    'Someone (we hope you) subscribed this address to Kaiutin alerts about municipal decisions and consultations. Confirm within {days, plural, one {# day} other {# days}}.',
  'mail.confirmSubscription.confirm': 'Confirm the subscription',
  'mail.confirmSubscription.ignore':
    'If you did not subscribe, you can ignore this message: you will receive nothing.',
  'mail.statementOpened.subject': 'Open for co-signing: {title}',
  'mail.statementOpened.heading': 'A joint statement is open for co-signing',
  'mail.statementOpened.body':
    '{lead} invites member organisations to co-sign the joint statement “{title}” on “{consultation}”. Signatures by {cosignDeadlineAt}.',
  'mail.statementOpened.read': 'Read the statement and sign it',
  'mail.statementInvitation.subject': 'Invitation to co-sign: {title}',
  'mail.statementInvitation.heading': '{lead} invites you to co-sign a joint statement',
  'mail.statementInvitation.message': 'A message from {lead}: {message}',
  'mail.statementInvitation.member':
    'A representative of a member organisation of the network can sign for it after signing in. Other organisations can apply for membership.',
  'mail.statementInvitation.apply': 'Apply for membership',
  'mail.statementChanged.subject': 'The statement changed: {title}',
  'mail.statementChanged.heading': 'A statement you signed has changed',
  'mail.statementChanged.body':
    '{lead} changed the statement “{title}” after your organisation signed it (now version {version}). Your signature is on an earlier version and will not be delivered unless your organisation confirms the new text.',
  'mail.statementChanged.read': 'Read the new text and confirm your signature',
  'mail.statementSubmitted.subject': 'Statement delivered: {title}',
  'mail.statementSubmitted.heading': 'The statement was delivered to {body}',
  'mail.statementSubmitted.body':
    '{lead} delivered the statement “{title}”, signed by {count, plural, one {# organisation} other {# organisations}}. Content hash: {hash}.',
  'mail.statementSubmitted.record': 'The public record',
  'mail.submissionAcknowledged.subject': 'Received: {title}',
  'mail.submissionAcknowledged.heading': '{body} acknowledged the statement',
  'mail.submissionAcknowledged.body':
    '{body} acknowledged receipt of the statement “{title}” on {acknowledgedAt}.',
  'mail.submissionAcknowledged.diary': 'Record number: {diaryNumber}',
  'mail.submissionAnswered.subject': 'Answer to the statement: {title}',
  'mail.submissionAnswered.heading': '{body} answered the statement',
  'mail.submissionAnswered.body': 'How the statement “{title}” was taken into account: {answer}.',
  'mail.submissionAnswered.explanation': '{explanation}',
  'mail.submissionAnswered.decision': 'The decision',
  'mail.submissionAnswered.record': 'The public record',
  'mail.cosignReminder.subject': 'Reminder: co-signing closes {cosignDeadlineAt}',
  'mail.cosignReminder.heading': 'Co-signing of “{title}” closes soon',
  'mail.cosignReminder.body':
    "Co-signing closes {cosignDeadlineAt}. {count, plural, one {# organisation has} other {# organisations have}} signed the current text. Submit the statement before the consultation's deadline ({statementDeadlineAt}).",
  'mail.cosignReminder.open': 'Open the statement',
  'mail.acknowledgeReminder.subject': 'Not yet acknowledged: {title}',
  'mail.acknowledgeReminder.heading': 'A statement awaits acknowledgement',
  'mail.acknowledgeReminder.body':
    '{lead} submitted the statement “{title}” ({count, plural, one {# organisation} other {# organisations}}) to {body} on {submittedAt}, and its receipt has not been acknowledged yet.',
  'mail.acknowledgeReminder.inbox': 'Acknowledge it here',
  'mail.minutesPublished.subject': 'Minutes: {title}',
  'mail.minutesPublished.heading': 'The minutes of the meeting are published',
  'mail.minutesPublished.body': 'The minutes of “{title}” are published on Kaiutin.',
  'mail.minutesPublished.decisions': 'The meeting decided:\n\n{decisions}',
  'mail.minutesPublished.next': 'The next meeting: {nextTime}.',
  'mail.minutesPublished.read': 'Read the minutes',
  'mail.datePollRequest.subject': 'When shall we meet next? {title}',
  'mail.datePollRequest.heading': 'Choose dates for the next meeting',
  'mail.datePollRequest.body':
    'At “{title}” the date of the next meeting was left to a poll. Tell us which options suit you; you may change your answer until the date is decided.',
  'mail.datePollRequest.answer': 'Answer the poll',
  'mail.meetingFeedback.subject': 'Feedback on the meeting: {title}',
  'mail.meetingFeedback.heading': 'How was the meeting?',
  'mail.meetingFeedback.body':
    'Thank you for taking part in “{title}” on {startsAt}. Tell us in a minute how it went: a rating from 1 to 5 and, if you like, a few words.',
  'mail.meetingFeedback.anonymous':
    'Your answer is anonymous: it is stored without your name or address, and the link works once.',
  'mail.meetingFeedback.answer': 'Give feedback',
  'mail.networkSurvey.subject': "The network's feedback survey {year}",
  'mail.networkSurvey.heading': "How was the network's year {year}?",
  'mail.networkSurvey.body':
    "The coordinator asks the representatives of every member organisation how the network's year went: a rating from 1 to 5, what worked and what to change.",
  'mail.networkSurvey.introduction': '{introduction}',
  'mail.networkSurvey.anonymous':
    'Your answer is anonymous: it is stored without your name or organisation, and you can answer once.',
  'mail.networkSurvey.answer': 'Answer the survey',
  'mail.meetingInvitation.subject': 'Invitation: {title} ({startsAt})',
  'mail.meetingInvitation.heading': '{title}',
  'mail.meetingInvitation.body':
    '{host} invites you to a network meeting (series: {series}). The meeting is open to everyone doing integration work.',
  'mail.meetingInvitation.time': 'Time: {startsTime} – {endsTime} (Finnish time)',
  'mail.meetingInvitation.theme': 'Theme: {theme}',
  'mail.meetingInvitation.place': 'Place: {address}',
  'mail.meetingInvitation.directions': 'Directions: {directions}',
  'mail.meetingInvitation.online': 'Join online',
  'mail.meetingInvitation.agenda': 'Agenda:\n\n{agenda}',
  'mail.meetingInvitation.calendar': 'A calendar invitation is attached.',
  'mail.meetingInvitation.register': "Register on the meeting's page",
  'mail.meetingReminder.subject': 'Reminder: {title} ({startsAt})',
  'mail.meetingReminder.heading': 'The meeting “{title}” is coming up',
  'mail.meetingReminder.body': 'You have registered for the meeting “{title}”. Welcome!',
  'mail.meetingReminder.cancel': "Can't come? Cancel your registration",
  'mail.meetingReminder.open': "Open the meeting's page",
  'mail.registrationConfirm.subject': 'Confirm your registration: {title}',
  'mail.registrationConfirm.heading': 'Confirm your registration',
  'mail.registrationConfirm.body':
    'You registered for “{title}” ({startsTime}). A place is only held once you confirm your address, within {hours} hours.',
  'mail.registrationConfirm.confirm': 'Confirm the registration',
  'mail.registrationConfirm.ignore':
    'If you did not register, you can ignore this message: nothing is reserved.',
  'mail.registrationConfirmed.subject': 'Registration confirmed: {title}',
  'mail.registrationConfirmed.heading': 'Your registration is confirmed',
  'mail.registrationConfirmed.registered': '{registeredName}, you have a place at “{title}”.',
  'mail.registrationConfirmed.waiting':
    '{waitingName}, “{title}” is full: you are number {queuePlace} on the waiting list. If a place frees up, it is yours in turn, and we will tell you.',
  'mail.registration.when': 'Time: {startsTime}',
  'mail.registration.where': 'Place: {address}',
  'mail.registration.online': 'Online link',
  'mail.registration.cancel': 'Cancel the registration',
  'mail.registrationPromoted.subject': 'You have a place: {title}',
  'mail.registrationPromoted.heading': 'A place freed up for you',
  'mail.registrationPromoted.body': '{name}, a place at “{title}” freed up, and it is now yours.',
  'mail.registrationCancelled.subject': 'Registration cancelled: {title}',
  'mail.registrationCancelled.heading': 'Your registration is cancelled',
  'mail.registrationCancelled.body': '{name}, your registration for “{title}” is cancelled.',
  'mail.registrationCancelled.again': 'The meeting’s page',
  'mail.trayPartnerInvited.subject': 'Invitation to the integration tray: {organisation}',
  'mail.trayPartnerInvited.heading': '{organisation} in the integration tray',
  'mail.trayPartnerInvited.body':
    "The network's coordinator has invited {organisation} to the integration tray as a partner and named you its representative in Kaiutin. Sign in to describe the organisation's activities in the tray and keep its details up to date. A partner is not a member of the network. If you did not expect this, you can ignore this message.",
  'mail.peerRequest.subject': '{organisation} asks you as a peer leader',
  'mail.peerRequest.heading': 'A request from {organisation}',
  'mail.peerRequest.body': '{name}, {organisation} would like you as a peer leader. This is what they ask:',
  'mail.peerRequest.purpose': 'What for: {purpose}',
  'mail.peerRequest.when': 'When: {when}',
  'mail.peerRequest.contacts':
    'Your contact details are sent to the organisation only if you say yes; you then get theirs too.',
  'mail.peerRequest.answerBy': 'Please answer by {answerByAt}.',
  'mail.peerRequest.yes': 'Answer yes',
  'mail.peerRequest.no': 'Answer no',
  'mail.peerRequestAccepted.subject': '{leader} said yes to your request',
  'mail.peerRequestAccepted.heading': '{leader} said yes',
  'mail.peerRequestAccepted.body': '{leader} accepted the request of {organisation}.',
  'mail.peerRequestAccepted.contact': 'Contact them directly: {leader}, {leaderEmail}.',
  'mail.peerRequestAccepted.open': "The organisation's requests",
  'mail.peerRequestContact.subject': 'Contact details of {organisation}',
  'mail.peerRequestContact.heading': 'You said yes to {organisation}',
  'mail.peerRequestContact.body':
    '{name}, thank you. You accepted the request of {organisation}; they have been sent your name and email address.',
  'mail.peerRequestContact.contacts': "The organisation's representatives: {contacts}.",
  'mail.peerRequestContact.open': 'The request',
  'mail.peerRequestDeclined.subject': '{leader} cannot take up your request',
  'mail.peerRequestDeclined.heading': '{leader} said no',
  'mail.peerRequestDeclined.body':
    '{leader} declined the request of {organisation}. No contact details were exchanged. You can look for another peer leader in Kaiutin.',
  'mail.peerLeaderInvited.subject': "Invitation to Kaiutin's peer-leader bank",
  'mail.peerLeaderInvited.heading': 'You are invited to the peer-leader bank',
  'mail.peerLeaderInvited.body':
    "The network's coordinator invites you to Kaiutin's peer-leader bank. In the bank, member organisations find a trained peer leader by language, municipality and theme, and can send you a request that you answer yes or no yourself.",
  'mail.peerLeaderInvited.consent':
    'Your profile exists only with your explicit consent, and you choose who sees it. You can withdraw your consent at any time, and the profile is then erased at once.',
  'mail.peerLeaderInvited.open': 'Sign in and decide',
  'mail.translatorInvited.subject': 'Invitation to translate for Kaiutin',
  'mail.translatorInvited.heading': 'Translate for the network',
  'mail.translatorInvited.body':
    "The network's coordinator invites you to translate what Kaiutin publishes: consultations' summaries, statements, meeting invitations and minutes, and the integration tray's activities. Your languages: {languages}.",
  'mail.translatorInvited.work':
    'Requests in your languages wait on the translator desk: claim one, write the translation beside the original and submit it; another translator or the coordinator reviews and publishes it. You get at most one summary of new requests a day.',
  'mail.translatorInvited.leave': 'You can change your languages or give the role up at any time in Kaiutin.',
  'mail.translatorInvited.open': 'Open the translator desk',
  'mail.translationSummary.subject':
    '{count, plural, one {# translation request} other {# translation requests}} in your languages',
  'mail.translationSummary.heading': 'Translation requests are waiting for you',
  'mail.translationSummary.body':
    'These texts wait for a translator in your languages, newest first. Claim one on the desk before you start, so that nobody else translates it at the same time.',
  'mail.translationSummary.open': 'Open the translator desk',
  'mail.translationUntaken.subject':
    '{count, plural, one {# translation request} other {# translation requests}} without a translator after {hours} hours',
  'mail.translationUntaken.heading': 'Translation requests nobody has taken',
  'mail.translationUntaken.body':
    'Nobody has claimed these translation requests within {hours} hours. Find a translator for the language, or grant the role to someone who works in it.',
  'mail.translationUntaken.open': 'Translation requests',
};

export const submission: MailMessages['submission'] = {
  'mail.submission.subject':
    'Statement: {title} ({count, plural, one {# organisation} other {# organisations}})',
  'mail.submission.heading': 'Joint statement: {consultation}',
  'mail.submission.intro':
    '{lead} delivers to {body} the joint statement of {count, plural, one {# organisation} other {# organisations}} on “{consultation}”. The text follows exactly as signed.',
  'mail.submission.translation': 'The same text in another language ({language}):',
  'mail.submission.signatories': 'Signed by ({count}):',
  'mail.submission.mandateStanding': '{organisation} – standing mandate, signed {signedAt}',
  'mail.submission.mandateDecision':
    '{organisation} – decision of {decidedBy} on {decidedOn}, signed {signedAt}',
  'mail.submission.board': 'the board or a meeting',
  'mail.submission.record': 'The public record, with the same text and signatories',
  'mail.submission.hash':
    'Content hash (SHA-256): {hash}. The public record shows the same hash, so you can check that what you received is what the organisations signed.',
  'mail.submission.acknowledge':
    'Please acknowledge receipt and record how the statement was taken into account',
};

export const alerts: MailMessages['alerts'] = {
  'alert.kind.upcoming-decision': 'Upcoming decision',
  'alert.kind.consultation': 'Consultation',
  'alert.kind.hearing': 'Hearing',
  'alert.kind.survey': 'Survey',
  'alert.kind.initiative': "Residents' initiative",
  'alert.updatedPrefix': '[Updated] ',
  'alert.subject': '{kind}: {title} – statements by {deadline}',
  'alert.subjectNoDeadline': '{kind}: {title}',
  'alert.body': '{body}: {kind}.',
  'alert.deadline': 'Statements by {deadline}.',
  'alert.decisionDate': 'The decision is due on {date}.',
  'alert.readMore': 'Read more and draft a statement',
  'alert.unsubscribe': 'Stop these alerts',
  'alert.translated':
    'Translated and reviewed by a volunteer translator of the Kaiutin network. The original text is on the web page.',
  'alert.followUp.subject': 'Now in your language: {title}',
  'alert.followUp.lead':
    'You were alerted to this earlier in the original language. It has now been translated into your language.',
  'alert.followUp.read': 'Read it in your language',
};

export const digest: MailMessages['digest'] = {
  'digest.subject': 'Kaiutin weekly digest: {count} new',
  'digest.heading': 'New and updated consultations',
};

export const meetingAgenda: MailMessages['meetingAgenda'] = {
  'mail.agendaKind.news-round': 'news round',
  'mail.agendaKind.presentation': 'presentation',
  'mail.agendaKind.workshop': 'workshop',
  'mail.agendaKind.discussion': 'discussion',
  'mail.agendaKind.decision': 'decision',
};
