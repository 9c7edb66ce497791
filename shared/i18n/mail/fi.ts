/**
 * The emails' messages. Finnish is the source: its keys are the keys of every other language. Each
 * group is what one kind of email says, so that a function's bundle carries only what it sends.
 */

/** What every email ends with. */
export const layout = {
  'mail.footer': 'Tämä viesti lähetettiin Kaiuttimesta',
} as const;

/** The sign-in code (auth). */
export const signIn = {
  'mail.signInCode.subject': 'Kaiutin-kirjautumiskoodi: {code}',
  'mail.signInCode.heading': 'Kirjautumiskoodinne',
  'mail.signInCode.body':
    'Koodinne on {code}. Se on voimassa {minutes, plural, one {# minuutin} other {# minuuttia}} ja toimii kerran.',
  'mail.signInCode.link': 'Voitte myös kirjautua tällä linkillä',
  'mail.signInCode.ignore': 'Jos ette pyytäneet koodia, voitte jättää tämän viestin huomiotta.',
} as const;

/** Notices (send-notices): each template names its messages in shared/mail/templates.ts. */
export const notices = {
  'mail.applicationReceipt.subject': 'Jäsenhakemus vastaanotettu',
  'mail.applicationReceipt.heading': 'Kiitos jäsenhakemuksesta',
  'mail.applicationReceipt.body':
    'Olemme vastaanottaneet {submittedAt} jäsenhakemuksen, jossa tämä osoite on annettu yhteyshenkilön osoitteeksi. Verkoston koordinaattori käsittelee hakemuksen ja kirjoittaa tähän osoitteeseen, kun siitä on päätetty. Jos ette lähettäneet hakemusta, voitte jättää tämän viestin huomiotta.',
  'mail.applicationReceipt.principles':
    'Hakemuksessa hyväksyttiin verkoston tavoitteet ja toimintaperiaatteet, versio {version}.',
  'mail.signInHint': 'Kirjaudu sisään tällä sähköpostiosoitteella',
  'mail.applicationApproved.subject': 'Tervetuloa verkostoon: {organisation}',
  'mail.applicationApproved.heading': '{organisation} on nyt verkoston jäsen',
  'mail.applicationApproved.body':
    'Koordinaattori hyväksyi jäsenhakemuksen. Teidät on nimetty järjestön edustajaksi: voitte tilata hälytyksiä, laatia lausuntoja ja allekirjoittaa niitä järjestön puolesta.',
  'mail.applicationRejected.subject': 'Jäsenhakemusta ei hyväksytty',
  'mail.applicationRejected.heading': 'Jäsenhakemusta ei hyväksytty',
  'mail.applicationRejected.body':
    'Koordinaattori ei hyväksynyt jäsenhakemusta, joka lähetettiin {submittedAt} tällä yhteysosoitteella. Perustelu: {reason}',
  'mail.representativeAdded.subject': 'Teidät on nimetty edustajaksi Kaiuttimessa',
  'mail.representativeAdded.heading': 'Edustaja Kaiuttimessa',
  'mail.representativeAdded.body':
    'Verkoston jäsenjärjestö on nimennyt teidät edustajakseen Kaiuttimessa. Kirjautumalla näette, mikä järjestö on kyseessä. Jos ette odottanut tätä, voitte jättää viestin huomiotta.',
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
  'mail.removalOpened.respond': 'Voitte antaa selvityksenne {deadlineAt} mennessä',
  'mail.removalResponded.subject': 'Selvitys saapui: {organisation}',
  'mail.removalResponded.heading': '{organisation} antoi selvityksensä',
  'mail.removalResponded.body':
    'Järjestö {organisation} on vastannut selvityspyyntöön. Lue vastaus ja tee päätös.',
  'mail.removalResponded.read': 'Lue selvitys',
  'mail.removalDecided.subject': 'Päätös: {organisation}',
  'mail.removalDecided.heading': 'Koordinaattori on tehnyt päätöksen',
  'mail.removalDecided.body': 'Päätös koskien järjestöä {organisation}: {outcome}. Perustelu: {reason}',
  'mail.confirmSubscription.subject': 'Vahvistakaa Kaiutin-hälytysten tilaus',
  'mail.confirmSubscription.heading': 'Vahvistakaa tilaus',
  'mail.confirmSubscription.body':
    'Joku (toivottavasti te) tilasi tähän osoitteeseen Kaiuttimen hälytykset kunnallisista päätöksistä ja kuulemisista. Vahvistakaa tilaus {days} päivän kuluessa.',
  'mail.confirmSubscription.confirm': 'Vahvista tilaus',
  'mail.confirmSubscription.ignore':
    'Jos ette tilanneet hälytyksiä, voitte jättää tämän viestin huomiotta: ette saa mitään.',
  'mail.statementOpened.subject': 'Allekirjoitettavana: {title}',
  'mail.statementOpened.heading': 'Yhteislausunto avoinna allekirjoituksille',
  'mail.statementOpened.body':
    '{lead} kutsuu jäsenjärjestöjä allekirjoittamaan yhteislausunnon ”{title}” asiassa ”{consultation}”. Allekirjoitukset {cosignDeadlineAt} mennessä.',
  'mail.statementOpened.read': 'Lue lausunto ja allekirjoita',
  'mail.statementInvitation.subject': 'Kutsu allekirjoittamaan: {title}',
  'mail.statementInvitation.heading': '{lead} kutsuu teidät allekirjoittamaan yhteislausunnon',
  'mail.statementInvitation.message': 'Viesti järjestöltä {lead}: {message}',
  'mail.statementInvitation.member':
    'Verkoston jäsenjärjestön edustaja voi allekirjoittaa lausunnon järjestönsä puolesta kirjauduttuaan sisään. Muut järjestöt voivat hakea jäsenyyttä.',
  'mail.statementInvitation.apply': 'Hae jäsenyyttä',
  'mail.statementChanged.subject': 'Lausunto muuttui: {title}',
  'mail.statementChanged.heading': 'Allekirjoittamanne lausunto on muuttunut',
  'mail.statementChanged.body':
    '{lead} muutti lausuntoa ”{title}” sen jälkeen, kun järjestönne allekirjoitti sen (nyt versio {version}). Allekirjoituksenne koskee aiempaa versiota, eikä sitä toimiteta, ellei järjestönne vahvista uutta tekstiä.',
  'mail.statementChanged.read': 'Lue uusi teksti ja vahvista allekirjoitus',
  'mail.statementSubmitted.subject': 'Lausunto toimitettu: {title}',
  'mail.statementSubmitted.heading': 'Lausunto on toimitettu: {body}',
  'mail.statementSubmitted.body':
    '{lead} toimitti lausunnon ”{title}” {count} järjestön allekirjoittamana. Tarkistussumma: {hash}.',
  'mail.statementSubmitted.record': 'Julkinen tallenne',
  'mail.submissionAcknowledged.subject': 'Vastaanotettu: {title}',
  'mail.submissionAcknowledged.heading': '{body} kuittasi lausunnon vastaanotetuksi',
  'mail.submissionAcknowledged.body': '{body} kuittasi lausunnon ”{title}” vastaanotetuksi {acknowledgedAt}.',
  'mail.submissionAcknowledged.diary': 'Diaarinumero: {diaryNumber}',
  'mail.submissionAnswered.subject': 'Vastaus lausuntoon: {title}',
  'mail.submissionAnswered.heading': '{body} vastasi lausuntoon',
  'mail.submissionAnswered.body': 'Miten lausunto ”{title}” otettiin huomioon: {answer}.',
  'mail.submissionAnswered.explanation': '{explanation}',
  'mail.submissionAnswered.decision': 'Päätös',
  'mail.submissionAnswered.record': 'Julkinen tallenne',
  'mail.cosignReminder.subject': 'Muistutus: allekirjoitusaika päättyy {cosignDeadlineAt}',
  'mail.cosignReminder.heading': 'Lausunnon ”{title}” allekirjoitusaika päättyy pian',
  'mail.cosignReminder.body':
    'Allekirjoitusaika päättyy {cosignDeadlineAt}. Nykyisen tekstin on allekirjoittanut {count, plural, one {# järjestö} other {# järjestöä}}. Toimittakaa lausunto ennen asian lausuntoajan päättymistä ({statementDeadlineAt}).',
  'mail.cosignReminder.open': 'Avaa lausunto',
  'mail.acknowledgeReminder.subject': 'Kuittaamatta: {title}',
  'mail.acknowledgeReminder.heading': 'Lausunto odottaa kuittausta',
  'mail.acknowledgeReminder.body':
    '{lead} toimitti lausunnon ”{title}” ({count, plural, one {# järjestö} other {# järjestöä}}) {submittedAt}. Vastaanottaja: {body}. Vastaanottoa ei ole vielä kuitattu.',
  'mail.acknowledgeReminder.inbox': 'Kuitatkaa se tästä',
  'mail.minutesPublished.subject': 'Pöytäkirja: {title}',
  'mail.minutesPublished.heading': 'Kokouksen pöytäkirja on julkaistu',
  'mail.minutesPublished.body': 'Kokouksen ”{title}” pöytäkirja on julkaistu Kaiuttimessa.',
  'mail.minutesPublished.decisions': 'Kokous päätti:\n\n{decisions}',
  'mail.minutesPublished.next': 'Seuraava kokous: {nextTime}.',
  'mail.minutesPublished.read': 'Lue pöytäkirja',
  'mail.datePollRequest.subject': 'Milloin tapaamme seuraavaksi? {title}',
  'mail.datePollRequest.heading': 'Valitkaa sopivat päivät seuraavalle kokoukselle',
  'mail.datePollRequest.body':
    'Kokouksessa ”{title}” seuraavan kokouksen päivä jätettiin kyselyyn. Kertokaa, mitkä vaihtoehdot sopivat teille; voitte muuttaa vastaustanne, kunnes päivä on päätetty.',
  'mail.datePollRequest.answer': 'Vastaa kyselyyn',
  'mail.meetingFeedback.subject': 'Palautetta tapaamisesta: {title}',
  'mail.meetingFeedback.heading': 'Millainen tapaaminen oli?',
  'mail.meetingFeedback.body':
    'Kiitos osallistumisesta tapaamiseen ”{title}” {startsAt}. Kertokaa minuutissa, miten se onnistui: arvio yhdestä viiteen ja halutessanne muutama sana.',
  'mail.meetingFeedback.anonymous':
    'Vastaus on nimetön: se tallennetaan ilman nimeänne ja osoitettanne, ja linkillä voi vastata kerran.',
  'mail.meetingFeedback.answer': 'Antakaa palautetta',
  'mail.networkSurvey.subject': 'Verkoston palautekysely {year}',
  'mail.networkSurvey.heading': 'Millainen oli verkoston vuosi {year}?',
  'mail.networkSurvey.body':
    'Koordinaattori kysyy jokaisen jäsenjärjestön edustajilta, miten verkoston vuosi sujui: arvio yhdestä viiteen, mikä toimi ja mitä pitäisi muuttaa.',
  'mail.networkSurvey.introduction': '{introduction}',
  'mail.networkSurvey.anonymous':
    'Vastaus on nimetön: se tallennetaan ilman nimeänne ja järjestöänne, ja voitte vastata kerran.',
  'mail.networkSurvey.answer': 'Vastatkaa kyselyyn',
  'mail.meetingInvitation.subject': 'Kutsu: {title} ({startsAt})',
  'mail.meetingInvitation.heading': '{title}',
  'mail.meetingInvitation.body':
    '{host} kutsuu teidät verkoston tapaamiseen (sarja: {series}). Tapaaminen on avoin kaikille, jotka tekevät kotoutumistyötä.',
  'mail.meetingInvitation.time': 'Aika: {startsTime} – {endsTime} (Suomen aikaa)',
  'mail.meetingInvitation.theme': 'Teema: {theme}',
  'mail.meetingInvitation.place': 'Paikka: {address}',
  'mail.meetingInvitation.directions': 'Saapumisohjeet: {directions}',
  'mail.meetingInvitation.online': 'Osallistu verkossa',
  'mail.meetingInvitation.agenda': 'Ohjelma:\n\n{agenda}',
  'mail.meetingInvitation.calendar': 'Kalenterikutsu on liitteenä.',
  'mail.meetingInvitation.register': 'Ilmoittaudu tapaamisen sivulla',
  'mail.meetingReminder.subject': 'Muistutus: {title} ({startsAt})',
  'mail.meetingReminder.heading': 'Tapaaminen ”{title}” on pian',
  'mail.meetingReminder.body': 'Olette ilmoittautunut tapaamiseen ”{title}”. Tervetuloa!',
  'mail.meetingReminder.cancel': 'Ettekö pääse? Peru ilmoittautuminen',
  'mail.meetingReminder.open': 'Avaa tapaamisen sivu',
  'mail.registrationConfirm.subject': 'Vahvistakaa ilmoittautuminen: {title}',
  'mail.registrationConfirm.heading': 'Vahvistakaa ilmoittautumisenne',
  'mail.registrationConfirm.body':
    'Ilmoittauduitte tilaisuuteen ”{title}” ({startsTime}). Paikka varataan vasta, kun vahvistatte osoitteenne {hours} tunnin kuluessa.',
  'mail.registrationConfirm.confirm': 'Vahvista ilmoittautuminen',
  'mail.registrationConfirm.ignore':
    'Jos ette ilmoittautuneet, voitte jättää tämän viestin huomiotta: mitään ei varata.',
  'mail.registrationConfirmed.subject': 'Ilmoittautuminen vahvistettu: {title}',
  'mail.registrationConfirmed.heading': 'Ilmoittautumisenne on vahvistettu',
  'mail.registrationConfirmed.registered': '{registeredName}, teillä on paikka tilaisuudessa ”{title}”.',
  'mail.registrationConfirmed.waiting':
    '{waitingName}, tilaisuus ”{title}” on täynnä: olette jonossa sijalla {queuePlace}. Jos paikka vapautuu, se on vuorollaan teidän, ja kerromme siitä.',
  'mail.registration.when': 'Aika: {startsTime}',
  'mail.registration.where': 'Paikka: {address}',
  'mail.registration.online': 'Verkkoyhteys',
  'mail.registration.cancel': 'Peru ilmoittautuminen',
  'mail.registrationPromoted.subject': 'Saitte paikan: {title}',
  'mail.registrationPromoted.heading': 'Paikka vapautui teille',
  'mail.registrationPromoted.body': '{name}, tilaisuudesta ”{title}” vapautui paikka, ja se on nyt teidän.',
  'mail.registrationCancelled.subject': 'Ilmoittautuminen peruttu: {title}',
  'mail.registrationCancelled.heading': 'Ilmoittautumisenne on peruttu',
  'mail.registrationCancelled.body': '{name}, ilmoittautumisenne tilaisuuteen ”{title}” on peruttu.',
  'mail.registrationCancelled.again': 'Tilaisuuden sivu',
  'mail.trayPartnerInvited.subject': 'Kutsu integraatiotarjottimelle: {organisation}',
  'mail.trayPartnerInvited.heading': '{organisation} integraatiotarjottimelle',
  'mail.trayPartnerInvited.body':
    'Verkoston koordinaattori on kutsunut organisaation {organisation} integraatiotarjottimen kumppaniksi ja nimennyt teidät sen edustajaksi Kaiuttimessa. Kirjautumalla voitte kuvata organisaation toiminnot tarjottimelle ja pitää sen tiedot ajan tasalla. Kumppani ei ole verkoston jäsen. Jos ette odottaneet tätä viestiä, voitte jättää sen huomiotta.',
  'mail.peerRequest.subject': '{organisation} pyytää sinua vertaisohjaajaksi',
  'mail.peerRequest.heading': 'Pyyntö: {organisation}',
  'mail.peerRequest.body': '{name}, {organisation} toivoisi sinua vertaisohjaajaksi. He pyytävät näin:',
  'mail.peerRequest.purpose': 'Mihin: {purpose}',
  'mail.peerRequest.when': 'Milloin: {when}',
  'mail.peerRequest.contacts':
    'Yhteystietosi lähetetään järjestölle vain, jos vastaat kyllä; saat silloin myös heidän yhteystietonsa.',
  'mail.peerRequest.answerBy': 'Vastaathan viimeistään {answerByAt}.',
  'mail.peerRequest.yes': 'Vastaa kyllä',
  'mail.peerRequest.no': 'Vastaa ei',
  'mail.peerRequestAccepted.subject': '{leader} vastasi pyyntöönne kyllä',
  'mail.peerRequestAccepted.heading': '{leader} vastasi kyllä',
  'mail.peerRequestAccepted.body': '{leader} hyväksyi järjestön {organisation} pyynnön.',
  'mail.peerRequestAccepted.contact': 'Ottakaa yhteyttä suoraan: {leader}, {leaderEmail}.',
  'mail.peerRequestAccepted.open': 'Järjestön pyynnöt',
  'mail.peerRequestContact.subject': 'Yhteystiedot: {organisation}',
  'mail.peerRequestContact.heading': 'Vastasit kyllä: {organisation}',
  'mail.peerRequestContact.body':
    '{name}, kiitos. Hyväksyit järjestön {organisation} pyynnön; heille lähetettiin nimesi ja sähköpostiosoitteesi.',
  'mail.peerRequestContact.contacts': 'Järjestön yhdyshenkilöt: {contacts}.',
  'mail.peerRequestContact.open': 'Pyyntö',
  'mail.peerRequestDeclined.subject': '{leader} ei voi ottaa pyyntöä vastaan',
  'mail.peerRequestDeclined.heading': '{leader} vastasi ei',
  'mail.peerRequestDeclined.body':
    '{leader} ei voinut ottaa vastaan järjestön {organisation} pyyntöä. Yhteystietoja ei vaihdettu. Voitte etsiä toisen vertaisohjaajan Kaiuttimesta.',
  'mail.peerLeaderInvited.subject': 'Kutsu Kaiuttimen vertaisohjaajapankkiin',
  'mail.peerLeaderInvited.heading': 'Teidät on kutsuttu vertaisohjaajapankkiin',
  'mail.peerLeaderInvited.body':
    'Verkoston koordinaattori kutsuu teidät Kaiuttimen vertaisohjaajapankkiin. Pankista jäsenjärjestöt löytävät koulutetun vertaisohjaajan kielen, kunnan ja teeman mukaan ja voivat lähettää teille pyynnön, johon vastaatte itse kyllä tai ei.',
  'mail.peerLeaderInvited.consent':
    'Profiilinne syntyy vain nimenomaisella suostumuksellanne, ja te päätätte, kuka sen näkee. Voitte perua suostumuksen milloin tahansa, jolloin profiili poistetaan heti.',
  'mail.peerLeaderInvited.open': 'Kirjaudu ja päätä',
  'mail.translatorInvited.subject': 'Kutsu kääntäjäksi Kaiuttimeen',
  'mail.translatorInvited.heading': 'Kääntäkää verkostolle',
  'mail.translatorInvited.body':
    'Verkoston koordinaattori kutsuu teidät kääntämään sitä, mitä Kaiutin julkaisee: kuulemisten tiivistelmiä, lausuntoja, kokouskutsuja ja pöytäkirjoja sekä kotoutumistarjottimen toimintoja. Kielenne: {languages}.',
  'mail.translatorInvited.work':
    'Kielienne käännöspyynnöt odottavat kääntäjän työpöydällä: ottakaa pyyntö itsellenne, kirjoittakaa käännös alkuperäisen rinnalle ja lähettäkää se; toinen kääntäjä tai koordinaattori tarkistaa ja julkaisee sen. Uusista pyynnöistä saatte enintään yhden koosteen päivässä.',
  'mail.translatorInvited.leave':
    'Voitte muuttaa kieliänne tai luopua tehtävästä milloin tahansa Kaiuttimessa.',
  'mail.translatorInvited.open': 'Avaa kääntäjän työpöytä',
  'mail.translationSummary.subject':
    '{count, plural, one {# käännöspyyntö} other {# käännöspyyntöä}} kielillänne',
  'mail.translationSummary.heading': 'Käännöspyynnöt odottavat teitä',
  'mail.translationSummary.body':
    'Nämä tekstit odottavat kääntäjää kielillänne, uusimmat ensin. Ottakaa pyyntö itsellenne työpöydällä ennen kuin aloitatte, jottei kukaan muu käännä sitä samaan aikaan.',
  'mail.translationSummary.open': 'Avaa kääntäjän työpöytä',
  'mail.translationUntaken.subject':
    '{count, plural, one {# käännöspyyntö} other {# käännöspyyntöä}} vailla kääntäjää {hours} tunnin jälkeen',
  'mail.translationUntaken.heading': 'Käännöspyyntöjä, joita kukaan ei ole ottanut',
  'mail.translationUntaken.body':
    'Kukaan ei ole ottanut näitä käännöspyyntöjä {hours} tunnin kuluessa. Etsikää kielelle kääntäjä tai antakaa kääntäjän tehtävä jollekulle, joka työskentelee sillä kielellä.',
  'mail.translationUntaken.open': 'Käännöspyynnöt',
} as const;

/** The consolidated statement, as the body it is addressed to receives it (deliver-submissions). */
export const submission = {
  'mail.submission.subject': 'Lausunto: {title} ({count, plural, one {# järjestö} other {# järjestöä}})',
  'mail.submission.heading': 'Yhteislausunto: {consultation}',
  'mail.submission.intro':
    '{lead} toimittaa {count} järjestön yhteislausunnon asiassa ”{consultation}”. Vastaanottaja: {body}. Lausunnon teksti on alla sellaisenaan.',
  'mail.submission.translation': 'Sama teksti toisella kielellä ({language}):',
  'mail.submission.signatories': 'Allekirjoittajat ({count}):',
  'mail.submission.mandateStanding': '{organisation} – pysyvä valtuutus, allekirjoitettu {signedAt}',
  'mail.submission.mandateDecision':
    '{organisation} – päätös {decidedOn}, päättäjä: {decidedBy}, allekirjoitettu {signedAt}',
  'mail.submission.board': 'hallitus tai kokous',
  'mail.submission.record': 'Julkinen tallenne, jossa sama teksti ja allekirjoittajat',
  'mail.submission.hash':
    'Tarkistussumma (SHA-256): {hash}. Julkinen tallenne näyttää saman summan, joten voitte varmistaa, että saamanne lausunto on se, jonka järjestöt allekirjoittivat.',
  'mail.submission.acknowledge': 'Kuitatkaa lausunto vastaanotetuksi ja kertokaa, miten se otettiin huomioon',
} as const;

/** An alert of a published or updated consultation (send-alerts); the weekly digest uses some. */
export const alerts = {
  'alert.kind.upcoming-decision': 'Tuleva päätös',
  'alert.kind.consultation': 'Lausuntopyyntö',
  'alert.kind.hearing': 'Kuuleminen',
  'alert.kind.survey': 'Kysely',
  'alert.kind.initiative': 'Kuntalaisaloite',
  'alert.updatedPrefix': '[Päivitetty] ',
  'alert.subject': '{kind}: {title} – lausunnot {deadline} mennessä',
  'alert.subjectNoDeadline': '{kind}: {title}',
  'alert.body': '{body}: {kind}.',
  'alert.deadline': 'Lausunnot viimeistään {deadline}.',
  'alert.decisionDate': 'Päätös on määrä tehdä {date}.',
  'alert.readMore': 'Lue lisää ja laadi lausunto',
  'alert.unsubscribe': 'Lopeta nämä hälytykset',
  'alert.translated':
    'Tämän käännöksen on tehnyt ja tarkistanut Kaiuttimen verkoston vapaaehtoinen kääntäjä. Alkuperäinen teksti on verkkosivulla.',
  'alert.followUp.subject': 'Nyt omalla kielelläsi: {title}',
  'alert.followUp.lead':
    'Sait tästä aiemmin hälytyksen alkuperäisellä kielellä. Nyt se on käännetty kielellesi.',
  'alert.followUp.read': 'Lue kielelläsi',
} as const;

/** The weekly digest (send-digests). */
export const digest = {
  'digest.subject': 'Kaiuttimen viikkokooste: {count} uutta',
  'digest.heading': 'Uudet ja päivitetyt kuulemiset',
} as const;

/** The names of an agenda item's kinds, in a meeting's invitation and reminder (shared/meetings/agenda-text.ts). */
export const meetingAgenda = {
  'mail.agendaKind.news-round': 'uutiskierros',
  'mail.agendaKind.presentation': 'esitys',
  'mail.agendaKind.workshop': 'työpaja',
  'mail.agendaKind.discussion': 'keskustelu',
  'mail.agendaKind.decision': 'päätös',
} as const;

type Translation<Group> = Record<keyof Group, string>;

/** Each group as every other language gives it: the keys of the Finnish group. */
export interface MailMessages {
  layout: Translation<typeof layout>;
  signIn: Translation<typeof signIn>;
  notices: Translation<typeof notices>;
  submission: Translation<typeof submission>;
  alerts: Translation<typeof alerts>;
  digest: Translation<typeof digest>;
  meetingAgenda: Translation<typeof meetingAgenda>;
}
