import type { Messages } from './fi.ts';

export const en: Messages = {
  'app.name': 'Kaiutin',
  'app.tagline': "Associations' common voice to municipalities",
  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.status': 'Service status',
  'nav.skipToContent': 'Skip to content',
  'language.label': 'Language',
  'footer.text':
    'Kaiutin is the advocacy and consultation service of a network of multicultural associations.',
  'home.title': 'Be heard in time',
  'home.lead':
    'Kaiutin tells associations about upcoming municipal decisions and consultations as soon as they are known, in their own language.',
  'home.statements':
    'Associations draft joint statements, other member organisations co-sign them, and Kaiutin delivers them to the responsible officer. Everything delivered, and the municipality’s answers, stay on the public record.',
  'status.title': 'Service status',
  'status.checking': 'Checking…',
  'status.ok': 'The service is working. The database answers.',
  'status.down': 'The service cannot be reached right now. Try again in a moment.',
  'status.checkedAt': 'Checked {time}',
  'status.recheck': 'Check again',
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. Go back to the home page.',
  'mail.footer': 'This message was sent by Kaiutin: {url}',
  'mail.applicationReceipt.subject': 'Membership application received: {organisation}',
  'mail.applicationReceipt.heading': 'Thank you for your membership application',
  'mail.applicationReceipt.body':
    'We received the membership application of {organisation} on {submittedAt}. The network coordinator will review it and contact you.',
  'mail.applicationReceipt.principles':
    "The application accepted the network's goals and principles, version {version}.",
  'mail.signInHint': 'Sign in with this email address: {signInUrl}',
  'mail.applicationApproved.subject': 'Welcome to the network: {organisation}',
  'mail.applicationApproved.heading': '{organisation} is now a member of the network',
  'mail.applicationApproved.body':
    'The coordinator approved the membership application. You are named a representative of the organisation: you can subscribe to alerts, draft statements and co-sign them on its behalf.',
  'mail.applicationRejected.subject': 'Membership application: {organisation}',
  'mail.applicationRejected.heading': 'The membership application was not approved',
  'mail.applicationRejected.body':
    'The coordinator did not approve the membership application of {organisation}. Reason: {reason}',
  'mail.representativeAdded.subject': 'You are a representative of {organisation}',
  'mail.representativeAdded.heading': 'Representative of {organisation}',
  'mail.representativeAdded.body': 'You have been named a representative of {organisation} in Kaiutin.',
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
  'mail.removalOpened.respond': 'You may give your explanation by {deadlineAt}: {url}',
  'mail.removalResponded.subject': 'Explanation received: {organisation}',
  'mail.removalResponded.heading': '{organisation} has given its explanation',
  'mail.removalResponded.body':
    '{organisation} has answered the request for an explanation. Read it and decide: {url}',
  'mail.removalDecided.subject': 'Decision: {organisation}',
  'mail.removalDecided.heading': 'The coordinator has decided',
  'mail.removalDecided.body': 'Decision on {organisation}: {outcome}. Reason: {reason}',
  'mail.signInCode.subject': 'Your Kaiutin sign-in code: {code}',
  'mail.signInCode.heading': 'Your sign-in code',
  'mail.signInCode.body': 'Your code is {code}. It is valid for {minutes} minutes and works once.',
  'mail.signInCode.link': 'You can also sign in with this link: {url}',
  'mail.signInCode.ignore': 'If you did not ask for a code, you can ignore this message.',
  'removal.ground.unreachable': 'the organisation cannot be reached despite repeated attempts',
  'removal.ground.criteria': 'the organisation no longer meets the membership criteria',
  'removal.ground.hinders': 'the organisation acts in a way that clearly hinders integration',
  'removal.outcome.removed': 'the organisation is removed from the network',
  'removal.outcome.kept': 'the organisation remains a member',
};
