import type { MailMessages } from './fi.ts';

export const layout: MailMessages['layout'] = {
  'mail.footer': 'Detta meddelande skickades av Kaiutin',
};

export const signIn: MailMessages['signIn'] = {
  'mail.signInCode.subject': 'Er inloggningskod till Kaiutin: {code}',
  'mail.signInCode.heading': 'Er inloggningskod',
  'mail.signInCode.body':
    'Er kod är {code}. Den gäller i {minutes, plural, one {# minut} other {# minuter}} och kan användas en gång.',
  'mail.signInCode.link': 'Ni kan också logga in med den här länken',
  'mail.signInCode.ignore': 'Om ni inte har begärt någon kod kan ni bortse från det här meddelandet.',
};

export const notices: MailMessages['notices'] = {
  'mail.applicationReceipt.subject': 'Medlemsansökan mottagen',
  'mail.applicationReceipt.heading': 'Tack för er medlemsansökan',
  'mail.applicationReceipt.body':
    'Vi har tagit emot en medlemsansökan den {submittedAt} där den här adressen angavs som kontaktpersonens adress. Nätverkets koordinator behandlar ansökan och skriver till den här adressen när beslutet är fattat. Om ni inte skickade ansökan kan ni bortse från det här meddelandet.',
  'mail.applicationReceipt.principles':
    'I ansökan godkändes nätverkets mål och verksamhetsprinciper, version {version}.',
  'mail.signInHint': 'Logga in med den här e-postadressen',
  'mail.applicationApproved.subject': 'Välkommen till nätverket: {organisation}',
  'mail.applicationApproved.heading': '{organisation} är nu medlem i nätverket',
  'mail.applicationApproved.body':
    'Koordinatorn har godkänt medlemsansökan. Ni har utsetts till representant för organisationen: ni kan prenumerera på aviseringar, skriva utlåtanden och underteckna dem för organisationens räkning.',
  'mail.applicationRejected.subject': 'Medlemsansökan godkändes inte',
  'mail.applicationRejected.heading': 'Medlemsansökan godkändes inte',
  'mail.applicationRejected.body':
    'Koordinatorn godkände inte medlemsansökan som skickades den {submittedAt} med den här kontaktadressen. Motivering: {reason}',
  'mail.representativeAdded.subject': 'Ni har utsetts till representant i Kaiutin',
  'mail.representativeAdded.heading': 'Representant i Kaiutin',
  'mail.representativeAdded.body':
    'En medlemsorganisation i nätverket har utsett er till sin representant i Kaiutin. Logga in för att se vilken. Om ni inte väntade er detta kan ni bortse från meddelandet.',
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
  'mail.removalOpened.respond': 'Ni kan lämna er förklaring senast {deadlineAt}',
  'mail.removalResponded.subject': 'Förklaring mottagen: {organisation}',
  'mail.removalResponded.heading': '{organisation} har lämnat sin förklaring',
  'mail.removalResponded.body':
    '{organisation} har svarat på begäran om förklaring. Läs svaret och fatta beslut.',
  'mail.removalResponded.read': 'Läs förklaringen',
  'mail.removalDecided.subject': 'Beslut: {organisation}',
  'mail.removalDecided.heading': 'Koordinatorn har fattat ett beslut',
  'mail.removalDecided.body': 'Beslut om {organisation}: {outcome}. Motivering: {reason}',
  'mail.confirmSubscription.subject': 'Bekräfta prenumerationen på Kaiutin-aviseringar',
  'mail.confirmSubscription.heading': 'Bekräfta prenumerationen',
  'mail.confirmSubscription.body':
    'Någon (förhoppningsvis ni) har prenumererat på Kaiutins aviseringar om kommunala beslut och samråd till den här adressen. Bekräfta inom {days, plural, one {# dag} other {# dagar}}.',
  'mail.confirmSubscription.confirm': 'Bekräfta prenumerationen',
  'mail.confirmSubscription.ignore':
    'Om ni inte har prenumererat kan ni bortse från det här meddelandet: ni får ingenting.',
  'mail.statementOpened.subject': 'Öppet för undertecknande: {title}',
  'mail.statementOpened.heading': 'Ett gemensamt utlåtande är öppet för undertecknande',
  'mail.statementOpened.body':
    '{lead} bjuder in medlemsorganisationerna att underteckna det gemensamma utlåtandet ”{title}” i ärendet ”{consultation}”. Underskrifter senast {cosignDeadlineAt}.',
  'mail.statementOpened.read': 'Läs utlåtandet och underteckna det',
  'mail.statementInvitation.subject': 'Inbjudan att underteckna: {title}',
  'mail.statementInvitation.heading': '{lead} bjuder in er att underteckna ett gemensamt utlåtande',
  'mail.statementInvitation.message': 'Ett meddelande från {lead}: {message}',
  'mail.statementInvitation.member':
    'En representant för en av nätverkets medlemsorganisationer kan underteckna för organisationens räkning efter att ha loggat in. Andra organisationer kan ansöka om medlemskap.',
  'mail.statementInvitation.apply': 'Ansök om medlemskap',
  'mail.statementChanged.subject': 'Utlåtandet har ändrats: {title}',
  'mail.statementChanged.heading': 'Ett utlåtande som ni har undertecknat har ändrats',
  'mail.statementChanged.body':
    '{lead} ändrade utlåtandet ”{title}” efter att er organisation hade undertecknat det (nu version {version}). Er underskrift gäller en tidigare version och levereras inte om inte er organisation bekräftar den nya texten.',
  'mail.statementChanged.read': 'Läs den nya texten och bekräfta er underskrift',
  'mail.statementSubmitted.subject': 'Utlåtandet har levererats: {title}',
  'mail.statementSubmitted.heading': 'Utlåtandet har levererats till {body}',
  'mail.statementSubmitted.body':
    '{lead} levererade utlåtandet ”{title}”, undertecknat av {count, plural, one {# organisation} other {# organisationer}}. Kontrollsumma: {hash}.',
  'mail.statementSubmitted.record': 'Den offentliga handlingen',
  'mail.submissionAcknowledged.subject': 'Mottaget: {title}',
  'mail.submissionAcknowledged.heading': '{body} har bekräftat att utlåtandet tagits emot',
  'mail.submissionAcknowledged.body':
    '{body} bekräftade den {acknowledgedAt} att utlåtandet ”{title}” tagits emot.',
  'mail.submissionAcknowledged.diary': 'Diarienummer: {diaryNumber}',
  'mail.submissionAnswered.subject': 'Svar på utlåtandet: {title}',
  'mail.submissionAnswered.heading': '{body} har svarat på utlåtandet',
  'mail.submissionAnswered.body': 'Hur utlåtandet ”{title}” beaktades: {answer}.',
  'mail.submissionAnswered.explanation': '{explanation}',
  'mail.submissionAnswered.decision': 'Beslutet',
  'mail.submissionAnswered.record': 'Den offentliga handlingen',
  'mail.cosignReminder.subject': 'Påminnelse: undertecknandet stänger {cosignDeadlineAt}',
  'mail.cosignReminder.heading': 'Undertecknandet av ”{title}” stänger snart',
  'mail.cosignReminder.body':
    'Undertecknandet stänger {cosignDeadlineAt}. {count, plural, one {# organisation} other {# organisationer}} har undertecknat den aktuella texten. Lämna in utlåtandet före samrådets tidsfrist ({statementDeadlineAt}).',
  'mail.cosignReminder.open': 'Öppna utlåtandet',
  'mail.acknowledgeReminder.subject': 'Ännu inte bekräftat: {title}',
  'mail.acknowledgeReminder.heading': 'Ett utlåtande väntar på bekräftelse',
  'mail.acknowledgeReminder.body':
    '{lead} lämnade den {submittedAt} utlåtandet ”{title}” ({count, plural, one {# organisation} other {# organisationer}}) till {body}, och mottagandet har ännu inte bekräftats.',
  'mail.acknowledgeReminder.inbox': 'Bekräfta mottagandet här',
  'mail.minutesPublished.subject': 'Protokoll: {title}',
  'mail.minutesPublished.heading': 'Mötets protokoll har publicerats',
  'mail.minutesPublished.body': 'Protokollet från ”{title}” har publicerats på Kaiutin.',
  'mail.minutesPublished.decisions': 'Mötet beslutade:\n\n{decisions}',
  'mail.minutesPublished.next': 'Nästa möte: {nextTime}.',
  'mail.minutesPublished.read': 'Läs protokollet',
  'mail.datePollRequest.subject': 'När ses vi nästa gång? {title}',
  'mail.datePollRequest.heading': 'Välj lämpliga datum för nästa möte',
  'mail.datePollRequest.body':
    'På ”{title}” lämnades datumet för nästa möte till en enkät. Berätta vilka alternativ som passar er; ni kan ändra ert svar tills datumet är bestämt.',
  'mail.datePollRequest.answer': 'Svara på enkäten',
  'mail.meetingFeedback.subject': 'Respons på mötet: {title}',
  'mail.meetingFeedback.heading': 'Hur var mötet?',
  'mail.meetingFeedback.body':
    'Tack för att ni deltog i mötet ”{title}” {startsAt}. Berätta på en minut hur det gick: ett betyg från ett till fem och, om ni vill, några ord.',
  'mail.meetingFeedback.anonymous':
    'Svaret är anonymt: det sparas utan ert namn och er adress, och länken kan användas en gång.',
  'mail.meetingFeedback.answer': 'Ge respons',
  'mail.networkSurvey.subject': 'Nätverkets responsenkät {year}',
  'mail.networkSurvey.heading': 'Hur var nätverkets år {year}?',
  'mail.networkSurvey.body':
    'Koordinatorn frågar varje medlemsorganisations representanter hur nätverkets år gick: ett betyg från ett till fem, vad som fungerade och vad som borde ändras.',
  'mail.networkSurvey.introduction': '{introduction}',
  'mail.networkSurvey.anonymous':
    'Svaret är anonymt: det sparas utan ert namn och er organisation, och ni kan svara en gång.',
  'mail.networkSurvey.answer': 'Svara på enkäten',
  'mail.meetingInvitation.subject': 'Inbjudan: {title} ({startsAt})',
  'mail.meetingInvitation.heading': '{title}',
  'mail.meetingInvitation.body':
    '{host} bjuder in till nätverkets möte (serie: {series}). Mötet är öppet för alla som arbetar med integration.',
  'mail.meetingInvitation.time': 'Tid: {startsTime} – {endsTime} (finsk tid)',
  'mail.meetingInvitation.theme': 'Tema: {theme}',
  'mail.meetingInvitation.place': 'Plats: {address}',
  'mail.meetingInvitation.directions': 'Vägbeskrivning: {directions}',
  'mail.meetingInvitation.online': 'Delta på nätet',
  'mail.meetingInvitation.agenda': 'Program:\n\n{agenda}',
  'mail.meetingInvitation.calendar': 'En kalenderinbjudan finns som bilaga.',
  'mail.meetingInvitation.register': 'Anmäl dig på mötets sida',
  'mail.meetingReminder.subject': 'Påminnelse: {title} ({startsAt})',
  'mail.meetingReminder.heading': 'Mötet ”{title}” närmar sig',
  'mail.meetingReminder.body': 'Du har anmält dig till mötet ”{title}”. Välkommen!',
  'mail.meetingReminder.cancel': 'Kan du inte komma? Avboka din anmälan',
  'mail.meetingReminder.open': 'Öppna mötets sida',
  'mail.registrationConfirm.subject': 'Bekräfta anmälan: {title}',
  'mail.registrationConfirm.heading': 'Bekräfta er anmälan',
  'mail.registrationConfirm.body':
    'Ni anmälde er till ”{title}” ({startsTime}). Platsen reserveras först när ni bekräftar er adress inom {hours} timmar.',
  'mail.registrationConfirm.confirm': 'Bekräfta anmälan',
  'mail.registrationConfirm.ignore':
    'Om ni inte anmälde er kan ni bortse från detta meddelande: ingenting reserveras.',
  'mail.registrationConfirmed.subject': 'Anmälan bekräftad: {title}',
  'mail.registrationConfirmed.heading': 'Er anmälan är bekräftad',
  'mail.registrationConfirmed.registered': '{registeredName}, ni har en plats på ”{title}”.',
  'mail.registrationConfirmed.waiting':
    '{waitingName}, ”{title}” är fullt: ni står som nummer {queuePlace} i kön. Om en plats blir ledig får ni den i tur och ordning, och vi meddelar er.',
  'mail.registration.when': 'Tid: {startsTime}',
  'mail.registration.where': 'Plats: {address}',
  'mail.registration.online': 'Länk för att delta på distans',
  'mail.registration.cancel': 'Avboka anmälan',
  'mail.registrationPromoted.subject': 'Ni fick en plats: {title}',
  'mail.registrationPromoted.heading': 'En plats blev ledig för er',
  'mail.registrationPromoted.body': '{name}, en plats på ”{title}” blev ledig och är nu er.',
  'mail.registrationCancelled.subject': 'Anmälan avbokad: {title}',
  'mail.registrationCancelled.heading': 'Er anmälan är avbokad',
  'mail.registrationCancelled.body': '{name}, er anmälan till ”{title}” är avbokad.',
  'mail.registrationCancelled.again': 'Mötets sida',
  'mail.trayPartnerInvited.subject': 'Inbjudan till integrationsbrickan: {organisation}',
  'mail.trayPartnerInvited.heading': '{organisation} på integrationsbrickan',
  'mail.trayPartnerInvited.body':
    'Nätverkets koordinator har bjudit in {organisation} som partner på integrationsbrickan och utsett er till dess representant i Kaiutin. När ni loggar in kan ni beskriva organisationens verksamheter på brickan och hålla uppgifterna aktuella. En partner är inte medlem i nätverket. Om ni inte väntade er detta kan ni bortse från meddelandet.',
  'mail.peerRequest.subject': '{organisation} ber dig bli kamratledare',
  'mail.peerRequest.heading': 'En förfrågan från {organisation}',
  'mail.peerRequest.body':
    '{name}, {organisation} skulle vilja ha dig som kamratledare. Så här lyder förfrågan:',
  'mail.peerRequest.purpose': 'Vad: {purpose}',
  'mail.peerRequest.when': 'När: {when}',
  'mail.peerRequest.contacts':
    'Dina kontaktuppgifter skickas till organisationen bara om du svarar ja; då får du också deras.',
  'mail.peerRequest.answerBy': 'Svara senast {answerByAt}.',
  'mail.peerRequest.yes': 'Svara ja',
  'mail.peerRequest.no': 'Svara nej',
  'mail.peerRequestAccepted.subject': '{leader} svarade ja på er förfrågan',
  'mail.peerRequestAccepted.heading': '{leader} svarade ja',
  'mail.peerRequestAccepted.body': '{leader} tackade ja till förfrågan från {organisation}.',
  'mail.peerRequestAccepted.contact': 'Kontakta direkt: {leader}, {leaderEmail}.',
  'mail.peerRequestAccepted.open': 'Organisationens förfrågningar',
  'mail.peerRequestContact.subject': 'Kontaktuppgifter: {organisation}',
  'mail.peerRequestContact.heading': 'Du svarade ja till {organisation}',
  'mail.peerRequestContact.body':
    '{name}, tack. Du tackade ja till förfrågan från {organisation}; de har fått ditt namn och din e-postadress.',
  'mail.peerRequestContact.contacts': 'Organisationens representanter: {contacts}.',
  'mail.peerRequestContact.open': 'Förfrågan',
  'mail.peerRequestDeclined.subject': '{leader} kan inte ta emot er förfrågan',
  'mail.peerRequestDeclined.heading': '{leader} svarade nej',
  'mail.peerRequestDeclined.body':
    '{leader} tackade nej till förfrågan från {organisation}. Inga kontaktuppgifter utväxlades. Ni kan söka en annan kamratledare i Kaiutin.',
  'mail.peerLeaderInvited.subject': 'Inbjudan till Kaiutins kamratledarbank',
  'mail.peerLeaderInvited.heading': 'Du har bjudits in till kamratledarbanken',
  'mail.peerLeaderInvited.body':
    'Nätverkets koordinator bjuder in dig till Kaiutins kamratledarbank. I banken hittar medlemsorganisationerna en utbildad kamratledare efter språk, kommun och tema och kan skicka dig en förfrågan som du själv svarar ja eller nej på.',
  'mail.peerLeaderInvited.consent':
    'Din profil skapas bara med ditt uttryckliga samtycke, och du bestämmer vem som ser den. Du kan återkalla samtycket när som helst, och då raderas profilen genast.',
  'mail.peerLeaderInvited.open': 'Logga in och bestäm',
  'mail.translatorInvited.subject': 'Inbjudan att översätta för Kaiutin',
  'mail.translatorInvited.heading': 'Översätt för nätverket',
  'mail.translatorInvited.body':
    'Nätverkets koordinator bjuder in dig att översätta det som Kaiutin publicerar: sammanfattningar av samråd, utlåtanden, mötesinbjudningar och protokoll samt integrationsbrickans verksamheter. Dina språk: {languages}.',
  'mail.translatorInvited.work':
    'Förfrågningar på dina språk väntar på översättarens skrivbord: ta en förfrågan, skriv översättningen bredvid originalet och skicka in den; en annan översättare eller koordinatorn granskar och publicerar den. Du får högst en sammanfattning av nya förfrågningar per dag.',
  'mail.translatorInvited.leave': 'Du kan när som helst ändra dina språk eller lämna uppdraget i Kaiutin.',
  'mail.translatorInvited.open': 'Öppna översättarens skrivbord',
  'mail.translationSummary.subject':
    '{count, plural, one {# översättningsförfrågan} other {# översättningsförfrågningar}} på dina språk',
  'mail.translationSummary.heading': 'Översättningsförfrågningar väntar på dig',
  'mail.translationSummary.body':
    'De här texterna väntar på en översättare på dina språk, de nyaste först. Ta en förfrågan på skrivbordet innan du börjar, så att ingen annan översätter den samtidigt.',
  'mail.translationSummary.open': 'Öppna översättarens skrivbord',
  'mail.translationUntaken.subject':
    '{count, plural, one {# översättningsförfrågan} other {# översättningsförfrågningar}} utan översättare efter {hours} timmar',
  'mail.translationUntaken.heading': 'Översättningsförfrågningar som ingen har tagit',
  'mail.translationUntaken.body':
    'Ingen har tagit de här översättningsförfrågningarna inom {hours} timmar. Hitta en översättare för språket, eller ge uppdraget till någon som arbetar på det språket.',
  'mail.translationUntaken.open': 'Översättningsförfrågningar',
};

export const submission: MailMessages['submission'] = {
  'mail.submission.subject':
    'Utlåtande: {title} ({count, plural, one {# organisation} other {# organisationer}})',
  'mail.submission.heading': 'Gemensamt utlåtande: {consultation}',
  'mail.submission.intro':
    '{lead} lämnar till {body} ett gemensamt utlåtande från {count, plural, one {# organisation} other {# organisationer}} i ärendet ”{consultation}”. Texten följer nedan exakt som den undertecknades.',
  'mail.submission.translation': 'Samma text på ett annat språk ({language}):',
  'mail.submission.signatories': 'Undertecknat av ({count}):',
  'mail.submission.mandateStanding': '{organisation} – stående mandat, undertecknat {signedAt}',
  'mail.submission.mandateDecision':
    '{organisation} – beslut av {decidedBy} den {decidedOn}, undertecknat {signedAt}',
  'mail.submission.board': 'styrelsen eller ett möte',
  'mail.submission.record': 'Den offentliga handlingen, med samma text och undertecknare',
  'mail.submission.hash':
    'Kontrollsumma (SHA-256): {hash}. Den offentliga handlingen visar samma summa, så ni kan kontrollera att det ni har fått är det som organisationerna undertecknade.',
  'mail.submission.acknowledge': 'Vänligen bekräfta mottagandet och registrera hur utlåtandet beaktades',
};

export const alerts: MailMessages['alerts'] = {
  'alert.kind.upcoming-decision': 'Kommande beslut',
  'alert.kind.consultation': 'Remiss',
  'alert.kind.hearing': 'Hörande',
  'alert.kind.survey': 'Enkät',
  'alert.kind.initiative': 'Invånarinitiativ',
  'alert.updatedPrefix': '[Uppdaterad] ',
  'alert.subject': '{kind}: {title} – utlåtanden senast {deadline}',
  'alert.subjectNoDeadline': '{kind}: {title}',
  'alert.body': '{body}: {kind}.',
  'alert.deadline': 'Utlåtanden senast {deadline}.',
  'alert.decisionDate': 'Beslutet ska fattas {date}.',
  'alert.readMore': 'Läs mer och skriv ett utlåtande',
  'alert.unsubscribe': 'Avsluta dessa meddelanden',
  'alert.translated':
    'Översättningen är gjord och granskad av en frivillig översättare i Kaiutin-nätverket. Originaltexten finns på webbsidan.',
  'alert.followUp.subject': 'Nu på ditt språk: {title}',
  'alert.followUp.lead':
    'Du fick tidigare ett meddelande om detta på originalspråket. Nu är det översatt till ditt språk.',
  'alert.followUp.read': 'Läs på ditt språk',
};

export const digest: MailMessages['digest'] = {
  'digest.subject': 'Kaiutins veckosammandrag: {count} nya',
  'digest.heading': 'Nya och uppdaterade höranden',
};

export const meetingAgenda: MailMessages['meetingAgenda'] = {
  'mail.agendaKind.news-round': 'nyhetsrunda',
  'mail.agendaKind.presentation': 'presentation',
  'mail.agendaKind.workshop': 'workshop',
  'mail.agendaKind.discussion': 'diskussion',
  'mail.agendaKind.decision': 'beslut',
};
