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
    'Vi har tagit emot medlemsansökan från {organisation} den {submittedAt}. Nätverkets koordinator behandlar ansökan och kontaktar er.',
  'mail.applicationReceipt.principles':
    'I ansökan godkändes nätverkets mål och verksamhetsprinciper, version {version}.',
  'mail.signInHint': 'Logga in med den här e-postadressen: {signInUrl}',
  'mail.applicationApproved.subject': 'Välkommen till nätverket: {organisation}',
  'mail.applicationApproved.heading': '{organisation} är nu medlem i nätverket',
  'mail.applicationApproved.body':
    'Koordinatorn har godkänt medlemsansökan. Ni har utsetts till representant för organisationen: ni kan prenumerera på aviseringar, skriva utlåtanden och underteckna dem för organisationens räkning.',
  'mail.applicationRejected.subject': 'Medlemsansökan: {organisation}',
  'mail.applicationRejected.heading': 'Medlemsansökan godkändes inte',
  'mail.applicationRejected.body':
    'Koordinatorn godkände inte medlemsansökan från {organisation}. Motivering: {reason}',
  'mail.representativeAdded.subject': 'Ni har utsetts till representant: {organisation}',
  'mail.representativeAdded.heading': 'Representant för {organisation}',
  'mail.representativeAdded.body': 'Ni har utsetts till representant för {organisation} i Kaiutin.',
  'mail.officerAdded.subject': 'Kaiutin: {body}',
  'mail.officerAdded.heading': 'Ni har lagts till som tjänsteinnehavare',
  'mail.officerAdded.body':
    'Ni har lagts till som tjänsteinnehavare för organet {body} i Kaiutin. Ni får de utlåtanden som riktas till organet och kan publicera samråd.',
  'mail.organisationResigned.subject': 'Utträdesanmälan: {organisation}',
  'mail.organisationResigned.heading': '{organisation} har utträtt ur nätverket',
  'mail.organisationResigned.body':
    '{organisation} anmälde den {resignedAt} att organisationen utträder ur nätverket. Motivering: {reason}',
  'mail.removalOpened.subject': 'Begäran om förklaring: {organisation}',
  'mail.removalOpened.heading': 'Koordinatorn överväger uteslutning',
  'mail.removalOpened.body':
    'Koordinatorn överväger att utesluta {organisation} ur nätverket. Grund: {ground}. {explanation}',
  'mail.removalOpened.respond': 'Ni kan lämna er förklaring senast {deadlineAt}: {url}',
  'mail.removalResponded.subject': 'Förklaring mottagen: {organisation}',
  'mail.removalResponded.heading': '{organisation} har lämnat sin förklaring',
  'mail.removalResponded.body':
    '{organisation} har svarat på begäran om förklaring. Läs svaret och fatta beslut: {url}',
  'mail.removalDecided.subject': 'Beslut: {organisation}',
  'mail.removalDecided.heading': 'Koordinatorn har fattat ett beslut',
  'mail.removalDecided.body': 'Beslut om {organisation}: {outcome}. Motivering: {reason}',
  'mail.signInCode.subject': 'Er inloggningskod till Kaiutin: {code}',
  'mail.signInCode.heading': 'Er inloggningskod',
  'mail.signInCode.body': 'Er kod är {code}. Den gäller i {minutes} minuter och kan användas en gång.',
  'mail.signInCode.link': 'Ni kan också logga in med den här länken: {url}',
  'mail.signInCode.ignore': 'Om ni inte har begärt någon kod kan ni bortse från det här meddelandet.',
  'removal.ground.unreachable': 'organisationen går inte att nå trots upprepade försök',
  'removal.ground.criteria': 'organisationen uppfyller inte nätverkets medlemskriterier',
  'removal.ground.hinders': 'organisationen agerar på ett sätt som tydligt försvårar integrationen',
  'removal.outcome.removed': 'organisationen utesluts ur nätverket',
  'removal.outcome.kept': 'organisationen fortsätter som medlem',
};
