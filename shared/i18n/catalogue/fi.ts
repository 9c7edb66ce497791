/** Finnish is the source catalogue: its keys are the keys of every other language. */
export const fi = {
  'app.name': 'Kaiutin',
  'app.tagline': 'Yhdistysten yhteinen ääni kunnille',
  'nav.label': 'Päävalikko',
  'nav.home': 'Etusivu',
  'nav.status': 'Palvelun tila',
  'nav.skipToContent': 'Siirry sisältöön',
  'language.label': 'Kieli',
  'footer.text': 'Kaiutin on monikulttuuristen yhdistysten verkoston vaikuttamisen ja kuulemisen palvelu.',
  'home.title': 'Vaikuta ajoissa',
  'home.lead':
    'Kaiutin kertoo yhdistyksille kunnan tulevista päätöksistä ja lausuntopyynnöistä heti, kun ne tiedetään, yhdistyksen omalla kielellä.',
  'home.statements':
    'Yhdistykset laativat yhteisiä lausuntoja, muut jäsenjärjestöt allekirjoittavat ne, ja Kaiutin toimittaa ne vastaavalle viranhaltijalle. Kaikki toimitettu ja kunnan vastaukset jäävät julkisesti nähtäville.',
  'status.title': 'Palvelun tila',
  'status.checking': 'Tarkistetaan…',
  'status.ok': 'Palvelu toimii. Tietokanta vastaa.',
  'status.down': 'Palveluun ei juuri nyt saada yhteyttä. Yritä hetken kuluttua uudelleen.',
  'status.checkedAt': 'Tarkistettu {time}',
  'status.recheck': 'Tarkista uudelleen',
  'notFound.title': 'Sivua ei löydy',
  'notFound.text': 'Osoitteessa ei ole sivua. Palaa etusivulle.',
  'mail.footer': 'Tämä viesti lähetettiin Kaiuttimesta: {url}',
  'mail.applicationReceipt.subject': 'Jäsenhakemus vastaanotettu: {organisation}',
  'mail.applicationReceipt.heading': 'Kiitos jäsenhakemuksesta',
  'mail.applicationReceipt.body':
    'Olemme vastaanottaneet järjestön {organisation} jäsenhakemuksen {submittedAt}. Verkoston koordinaattori käsittelee hakemuksen ja on teihin yhteydessä.',
  'mail.applicationReceipt.principles':
    'Hakemuksessa hyväksyttiin verkoston tavoitteet ja toimintaperiaatteet, versio {version}.',
  'mail.signInHint': 'Kirjaudu sisään tällä sähköpostiosoitteella: {signInUrl}',
  'mail.applicationApproved.subject': 'Tervetuloa verkostoon: {organisation}',
  'mail.applicationApproved.heading': '{organisation} on nyt verkoston jäsen',
  'mail.applicationApproved.body':
    'Koordinaattori hyväksyi jäsenhakemuksen. Teidät on nimetty järjestön edustajaksi: voitte tilata hälytyksiä, laatia lausuntoja ja allekirjoittaa niitä järjestön puolesta.',
  'mail.applicationRejected.subject': 'Jäsenhakemus: {organisation}',
  'mail.applicationRejected.heading': 'Jäsenhakemusta ei hyväksytty',
  'mail.applicationRejected.body':
    'Koordinaattori ei hyväksynyt järjestön {organisation} jäsenhakemusta. Perustelu: {reason}',
  'mail.representativeAdded.subject': 'Teidät on nimetty edustajaksi: {organisation}',
  'mail.representativeAdded.heading': 'Järjestön {organisation} edustaja',
  'mail.representativeAdded.body': 'Teidät on nimetty järjestön {organisation} edustajaksi Kaiuttimessa.',
  'mail.officerAdded.subject': 'Kaiutin: {body}',
  'mail.officerAdded.heading': 'Teidät on lisätty viranhaltijaksi',
  'mail.officerAdded.body':
    'Teidät on lisätty toimielimen {body} viranhaltijaksi Kaiuttimessa. Saatte toimielimelle osoitetut lausunnot ja voitte julkaista kuulemisia.',
  'mail.organisationResigned.subject': 'Eroilmoitus: {organisation}',
  'mail.organisationResigned.heading': '{organisation} on eronnut verkostosta',
  'mail.organisationResigned.body':
    'Järjestö {organisation} ilmoitti eroavansa verkostosta {resignedAt}. Perustelu: {reason}',
  'mail.removalOpened.subject': 'Selvityspyyntö: {organisation}',
  'mail.removalOpened.heading': 'Koordinaattori harkitsee erottamista',
  'mail.removalOpened.body':
    'Koordinaattori harkitsee järjestön {organisation} erottamista verkostosta. Peruste: {ground}. {explanation}',
  'mail.removalOpened.respond': 'Voitte antaa selvityksenne {deadlineAt} mennessä: {url}',
  'mail.removalResponded.subject': 'Selvitys saapui: {organisation}',
  'mail.removalResponded.heading': '{organisation} antoi selvityksensä',
  'mail.removalResponded.body':
    'Järjestö {organisation} on vastannut selvityspyyntöön. Lue vastaus ja tee päätös: {url}',
  'mail.removalDecided.subject': 'Päätös: {organisation}',
  'mail.removalDecided.heading': 'Koordinaattori on tehnyt päätöksen',
  'mail.removalDecided.body': 'Päätös koskien järjestöä {organisation}: {outcome}. Perustelu: {reason}',
  'mail.signInCode.subject': 'Kaiutin-kirjautumiskoodi: {code}',
  'mail.signInCode.heading': 'Kirjautumiskoodinne',
  'mail.signInCode.body': 'Koodinne on {code}. Se on voimassa {minutes} minuuttia ja toimii kerran.',
  'mail.signInCode.link': 'Voitte myös kirjautua tällä linkillä: {url}',
  'mail.signInCode.ignore': 'Jos ette pyytäneet koodia, voitte jättää tämän viestin huomiotta.',
  'removal.ground.unreachable': 'järjestö ei ole tavoitettavissa toistuvista yrityksistä huolimatta',
  'removal.ground.criteria': 'järjestö ei täytä verkoston jäsenyyskriteerejä',
  'removal.ground.hinders': 'järjestö toimii tavalla, joka selvästi vaikeuttaa kotoutumista',
  'removal.outcome.removed': 'järjestö erotetaan verkostosta',
  'removal.outcome.kept': 'järjestö jatkaa jäsenenä',
} as const;

export type MessageKey = keyof typeof fi;
export type Messages = Record<MessageKey, string>;
