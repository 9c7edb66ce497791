import type { Messages } from './fi.ts';

export const sv: Messages = {
  'app.name': 'Kaiutin',
  'app.tagline': 'Föreningarnas gemensamma röst till kommunerna',
  'nav.label': 'Huvudmeny',
  'nav.home': 'Startsida',
  'nav.status': 'Tjänstens status',
  'nav.skipToContent': 'Hoppa till innehållet',
  'language.label': 'Språk',
  'footer.text': 'Kaiutin är en påverkans- och samrådstjänst för ett nätverk av mångkulturella föreningar.',
  'home.title': 'Påverka i tid',
  'home.lead':
    'Kaiutin berättar för föreningarna om kommande kommunala beslut och remisser så snart de är kända, på föreningens eget språk.',
  'home.statements':
    'Föreningar skriver gemensamma utlåtanden, andra medlemsorganisationer undertecknar dem och Kaiutin levererar dem till ansvarig tjänsteinnehavare. Allt som levererats och kommunens svar förblir offentligt.',
  'status.title': 'Tjänstens status',
  'status.checking': 'Kontrollerar…',
  'status.ok': 'Tjänsten fungerar. Databasen svarar.',
  'status.down': 'Tjänsten kan inte nås just nu. Försök igen om en stund.',
  'status.checkedAt': 'Kontrollerad {time}',
  'status.recheck': 'Kontrollera igen',
  'notFound.title': 'Sidan hittades inte',
  'notFound.text': 'Det finns ingen sida på den här adressen. Gå tillbaka till startsidan.',
  'mail.footer': 'Detta meddelande skickades av Kaiutin: {url}',
  'mail.applicationReceipt.subject': 'Medlemsansökan mottagen: {organisation}',
  'mail.applicationReceipt.heading': 'Tack för er medlemsansökan',
  'mail.applicationReceipt.body':
    'Vi har tagit emot medlemsansökan från {organisation} den {date}. Nätverkets koordinator behandlar ansökan och kontaktar er.',
  'mail.applicationReceipt.principles':
    'I ansökan godkändes nätverkets mål och verksamhetsprinciper, version {version}.',
};
