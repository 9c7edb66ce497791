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
    'Olemme vastaanottaneet järjestön {organisation} jäsenhakemuksen {date}. Verkoston koordinaattori käsittelee hakemuksen ja on teihin yhteydessä.',
  'mail.applicationReceipt.principles':
    'Hakemuksessa hyväksyttiin verkoston tavoitteet ja toimintaperiaatteet, versio {version}.',
} as const;

export type MessageKey = keyof typeof fi;
export type Messages = Record<MessageKey, string>;
