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
    'We received the membership application of {organisation} on {date}. The network coordinator will review it and contact you.',
  'mail.applicationReceipt.principles':
    "The application accepted the network's goals and principles, version {version}.",
};
