import type { MailMessages } from './fi.ts';

export const layout: MailMessages['layout'] = {
  'mail.footer': 'Fariintan waxaa soo diray Kaiutin',
};

export const signIn: MailMessages['signIn'] = {
  'mail.signInCode.subject': 'Koodhka galitaanka Kaiutin: {code}',
  'mail.signInCode.heading': 'Koodhkiinna galitaanka',
  'mail.signInCode.body':
    'Koodhkiinnu waa {code}. Wuxuu shaqeynayaa {minutes} daqiiqo, hal mar oo keliya ayaana la isticmaali karaa.',
  'mail.signInCode.link': 'Sidoo kale waxaad ku geli kartaan linkigan',
  'mail.signInCode.ignore': 'Haddii aydaan codsan koodh, iska indha tira fariintan.',
};

export const notices: MailMessages['notices'] = {
  'mail.applicationReceipt.subject': 'Codsiga xubinnimada waa la helay',
  'mail.applicationReceipt.heading': 'Waad ku mahadsan tihiin codsiga xubinnimada',
  'mail.applicationReceipt.body':
    'Waxaan helnay {submittedAt} codsi xubinnimo oo cinwaankan loogu magacaabay cinwaanka xiriirka. Isku-duwaha shabakaddu wuu eegi doonaa codsiga wuxuuna idiinku soo qori doonaa cinwaankan marka go’aan laga gaaro. Haddii aydaan idinku dirin, iska dhaafa fariintan.',
  'mail.applicationReceipt.principles':
    'Codsigu wuxuu aqbalay hadafyada iyo mabaadi’da shabakadda, nooca {version}.',
  'mail.signInHint': 'Ku soo gala cinwaankan iimaylka ah',
  'mail.applicationApproved.subject': 'Ku soo dhowaada shabakadda: {organisation}',
  'mail.applicationApproved.heading': '{organisation} hadda waa xubin ka mid ah shabakadda',
  'mail.applicationApproved.body':
    'Isku-duwuhu wuu aqbalay codsiga xubinnimada. Waxaa laydin magacaabay wakiil ururka: waxaad is-diiwaangelin kartaan ogeysiisyada, waxaad qori kartaan bayaanno, waxaadna saxiixi kartaan iyaga adinkoo ururka ka wakiil ah.',
  'mail.applicationRejected.subject': 'Codsiga xubinnimada lama aqbalin',
  'mail.applicationRejected.heading': 'Codsiga xubinnimada lama aqbalin',
  'mail.applicationRejected.body':
    'Isku-duwuhu ma aqbalin codsiga xubinnimada ee la soo diray {submittedAt} iyadoo cinwaankan xiriirka la siiyay. Sababta: {reason}',
  'mail.representativeAdded.subject': 'Waxaa laydin magacaabay wakiil Kaiutin',
  'mail.representativeAdded.heading': 'Wakiil ku jira Kaiutin',
  'mail.representativeAdded.body':
    'Urur xubin ka ah shabakadda ayaa idinku magacaabay wakiilkiisa Kaiutin. Gala si aad u ogaataan ururka uu yahay. Haddii aydnaan filayn tan, waad iska indha tiri kartaan fariintan.',
  'mail.officerAdded.subject': 'Kaiutin: {body}',
  'mail.officerAdded.heading': 'Waxaa laydinku daray sarkaal mas’uul ah',
  'mail.officerAdded.body':
    'Waxaa laydinku daray Kaiutin sarkaal mas’uul ah oo ka tirsan {body}. Waxaad heli doontaan bayaannada loo diro hay’addan, waxaadna daabici kartaan la-tashiyo.',
  'mail.organisationResigned.subject': 'Ogeysiis ka bixitaan: {organisation}',
  'mail.organisationResigned.heading': '{organisation} waxay ka baxday shabakadda',
  'mail.organisationResigned.body':
    '{organisation} waxay ku wargelisay {resignedAt} inay ka baxayso shabakadda. Sababta: {reason}',
  'mail.removalOpened.subject': 'Codsi sharaxaad: {organisation}',
  'mail.removalOpened.heading': 'Isku-duwuhu wuxuu ka fiirsanayaa ka saarista',
  'mail.removalOpened.body':
    'Isku-duwuhu wuxuu ka fiirsanayaa in {organisation} laga saaro shabakadda. Sababta: {ground}. {explanation}',
  'mail.removalOpened.respond': 'Waxaad soo gudbin kartaan sharaxaaddiinna ugu dambeyn {deadlineAt}',
  'mail.removalResponded.subject': 'Sharaxaad ayaa la helay: {organisation}',
  'mail.removalResponded.heading': '{organisation} waxay soo gudbisay sharaxaaddeeda',
  'mail.removalResponded.body':
    '{organisation} waxay ka jawaabtay codsiga sharaxaadda. Akhriya jawaabta oo go’aan gaara.',
  'mail.removalResponded.read': 'Akhri sharaxaadda',
  'mail.removalDecided.subject': 'Go’aan: {organisation}',
  'mail.removalDecided.heading': 'Isku-duwuhu wuu gaaray go’aan',
  'mail.removalDecided.body': 'Go’aanka ku saabsan {organisation}: {outcome}. Sababta: {reason}',
  'mail.confirmSubscription.subject': 'Xaqiiji isdiiwaangelinta digniinaha Kaiutin',
  'mail.confirmSubscription.heading': 'Xaqiiji isdiiwaangelinta',
  'mail.confirmSubscription.body':
    "Qof (waxaan rajeynaynaa inaad adigu tahay) ayaa ciwaankan ku diiwaangeliyay digniinaha Kaiutin ee ku saabsan go'aannada iyo la-tashiyada degmada. Xaqiiji {days, plural, one {# maalin} other {# maalmood}} gudahood.",
  'mail.confirmSubscription.confirm': 'Xaqiiji isdiiwaangelinta',
  'mail.confirmSubscription.ignore':
    'Haddii aadan is-diiwaangelin, iska indha tir fariintan: waxba laguuma soo diri doono.',
  'mail.statementOpened.subject': 'Waa u furan yahay saxiixa: {title}',
  'mail.statementOpened.heading': 'Bayaan wadajir ah ayaa u furan saxiixa',
  'mail.statementOpened.body':
    '{lead} waxay ururada xubnaha ah ku martiqaadaysaa inay saxiixaan bayaanka wadajirka ah «{title}» ee ku saabsan «{consultation}». Saxiixyada ugu dambeyn {cosignDeadlineAt}.',
  'mail.statementOpened.read': 'Akhriya bayaanka oo saxiixa',
  'mail.statementInvitation.subject': 'Martiqaad saxiix: {title}',
  'mail.statementInvitation.heading': '{lead} waxay idinku martiqaadaysaa inaad saxiixdaan bayaan wadajir ah',
  'mail.statementInvitation.message': 'Fariin ka timid {lead}: {message}',
  'mail.statementInvitation.member':
    'Wakiilka urur xubin ka ah shabakadda wuxuu ururkiisa u saxiixi karaa marka uu soo galo. Ururada kale waxay codsan karaan xubinnimo.',
  'mail.statementInvitation.apply': 'Codso xubinnimo',
  'mail.statementChanged.subject': 'Bayaanka wuu isbeddelay: {title}',
  'mail.statementChanged.heading': 'Bayaan aad saxiixdeen ayaa isbeddelay',
  'mail.statementChanged.body':
    '{lead} waxay beddeshay bayaanka «{title}» kadib markii ururkiinnu saxiixay (hadda nuqulka {version}). Saxiixiinnu wuxuu ku yaal nuqul hore, lamana gudbin doono haddii ururkiinnu uusan xaqiijin qoraalka cusub.',
  'mail.statementChanged.read': 'Akhriya qoraalka cusub oo xaqiijiya saxiixiinna',
  'mail.statementSubmitted.subject': 'Bayaanka waa la gudbiyay: {title}',
  'mail.statementSubmitted.heading': 'Bayaanka waxaa loo gudbiyay {body}',
  'mail.statementSubmitted.body':
    '{lead} waxay gudbisay bayaanka «{title}», oo ay saxiixeen {count} urur. Koodhka hubinta: {hash}.',
  'mail.statementSubmitted.record': 'Diiwaanka dadweynaha',
  'mail.submissionAcknowledged.subject': 'Waa la helay: {title}',
  'mail.submissionAcknowledged.heading': '{body} waxay xaqiijisay in bayaanka la helay',
  'mail.submissionAcknowledged.body':
    '{body} waxay {acknowledgedAt} xaqiijisay in bayaanka «{title}» la helay.',
  'mail.submissionAcknowledged.diary': 'Lambarka diiwaanka: {diaryNumber}',
  'mail.submissionAnswered.subject': 'Jawaabta bayaanka: {title}',
  'mail.submissionAnswered.heading': '{body} waxay ka jawaabtay bayaanka',
  'mail.submissionAnswered.body': 'Sida bayaanka «{title}» loo tixgeliyay: {answer}.',
  'mail.submissionAnswered.explanation': '{explanation}',
  'mail.submissionAnswered.decision': 'Go’aanka',
  'mail.submissionAnswered.record': 'Diiwaanka dadweynaha',
  'mail.cosignReminder.subject': 'Xasuusin: saxiixu wuxuu xirmayaa {cosignDeadlineAt}',
  'mail.cosignReminder.heading': 'Saxiixa «{title}» wuxuu xirmayaa dhowaan',
  'mail.cosignReminder.body':
    'Saxiixu wuxuu xirmayaa {cosignDeadlineAt}. {count} urur ayaa saxiixay qoraalka hadda jira. Gudbiya bayaanka ka hor waqtiga ugu dambeeya ee la-tashiga ({statementDeadlineAt}).',
  'mail.cosignReminder.open': 'Fur bayaanka',
  'mail.acknowledgeReminder.subject': 'Weli lama xaqiijin: {title}',
  'mail.acknowledgeReminder.heading': 'Bayaan ayaa sugaya xaqiijin',
  'mail.acknowledgeReminder.body':
    '{lead} waxay {submittedAt} u gudbisay {body} bayaanka «{title}» ({count} urur), weli lama xaqiijin in la helay.',
  'mail.acknowledgeReminder.inbox': 'Halkan ka xaqiijiya',
  'mail.minutesPublished.subject': 'Warbixinta kulanka: {title}',
  'mail.minutesPublished.heading': 'Warbixinta kulanka waa la daabacay',
  'mail.minutesPublished.body': 'Warbixinta kulanka “{title}” waxaa lagu daabacay Kaiutin.',
  'mail.minutesPublished.decisions': "Kulanku wuxuu go'aamiyay:\n\n{decisions}",
  'mail.minutesPublished.next': 'Kulanka xiga: {nextTime}.',
  'mail.minutesPublished.read': 'Akhri warbixinta',
  'mail.datePollRequest.subject': 'Goormaan mar kale kulmi doonaa? {title}',
  'mail.datePollRequest.heading': 'Dooro taariikhaha kulanka xiga',
  'mail.datePollRequest.body':
    "Kulanka “{title}” taariikhda kulanka xiga waxaa loo daayay codbixin. Noo sheeg doorashooyinka idiin habboon; jawaabtaada waad beddeli kartaa inta taariikhda la go'aamin.",
  'mail.datePollRequest.answer': 'Ka jawaab codbixinta',
  'mail.meetingFeedback.subject': 'Fikradaada kulanka: {title}',
  'mail.meetingFeedback.heading': 'Sidee buu ahaa kulanku?',
  'mail.meetingFeedback.body':
    'Waad ku mahadsan tihiin ka qaybgalka “{title}” {startsAt}. Hal daqiiqo noogu sheega sidii uu u dhacay: qiimeyn 1 ilaa 5 ah iyo, haddii aad rabtaan, dhowr eray.',
  'mail.meetingFeedback.anonymous':
    "Jawaabtu waa qarsoodi: waxaa lagu kaydiyaa magacaaga iyo cinwaankaaga la'aantood, xiriirkuna hal mar buu shaqeeyaa.",
  'mail.meetingFeedback.answer': 'Bixi fikrad',
  'mail.networkSurvey.subject': 'Sahanka fikradaha shabakadda {year}',
  'mail.networkSurvey.heading': 'Sidee buu ahaa sanadka shabakadda {year}?',
  'mail.networkSurvey.body':
    'Isku-duwaha ayaa wakiilada urur kasta oo xubin ah weydiinaya sidii sanadka shabakaddu u dhacay: qiimeyn 1 ilaa 5 ah, waxa shaqeeyay iyo waxa la beddelo.',
  'mail.networkSurvey.introduction': '{introduction}',
  'mail.networkSurvey.anonymous':
    "Jawaabtu waa qarsoodi: waxaa lagu kaydiyaa magacaaga iyo ururkaaga la'aantood, hal mar ayaad ka jawaabi kartaan.",
  'mail.networkSurvey.answer': 'Ka jawaab sahanka',
  'mail.meetingInvitation.subject': 'Casuumaad: {title} ({startsAt})',
  'mail.meetingInvitation.heading': '{title}',
  'mail.meetingInvitation.body':
    '{host} waxay idiinku casuumaysaa kulanka shabakadda (taxanaha: {series}). Kulanku wuu u furan yahay qof kasta oo ka shaqeeya is-dhexgalka.',
  'mail.meetingInvitation.time': 'Waqtiga: {startsTime} – {endsTime} (waqtiga Finland)',
  'mail.meetingInvitation.theme': 'Mawduuca: {theme}',
  'mail.meetingInvitation.place': 'Goobta: {address}',
  'mail.meetingInvitation.directions': 'Tilmaamaha: {directions}',
  'mail.meetingInvitation.online': 'Ka qayb gal khadka tooska ah',
  'mail.meetingInvitation.agenda': 'Ajandaha:\n\n{agenda}',
  'mail.meetingInvitation.calendar': 'Casuumaadda kalandarka waa lagu lifaaqay.',
  'mail.meetingInvitation.register': 'Iska diiwaan geli bogga kulanka',
  'mail.meetingReminder.subject': 'Xasuusin: {title} ({startsAt})',
  'mail.meetingReminder.heading': 'Kulanka “{title}” wuu soo dhow yahay',
  'mail.meetingReminder.body': 'Waxaad isu diiwaan gelisay kulanka “{title}”. Soo dhowow!',
  'mail.meetingReminder.cancel': 'Ma iman kartid? Jooji diiwaan gelintaada',
  'mail.meetingReminder.open': 'Fur bogga kulanka',
  'mail.registrationConfirm.subject': 'Xaqiiji diiwaangelinta: {title}',
  'mail.registrationConfirm.heading': 'Xaqiiji diiwaangelintaada',
  'mail.registrationConfirm.body':
    'Waxaad isu diiwaangelisay “{title}” ({startsTime}). Boos laguuma haynayo ilaa aad xaqiijiso ciwaankaaga {hours} saacadood gudahood.',
  'mail.registrationConfirm.confirm': 'Xaqiiji diiwaangelinta',
  'mail.registrationConfirm.ignore':
    'Haddii aadan is diiwaangelin, iska dhaaf fariintan: waxba lama qabsanayo.',
  'mail.registrationConfirmed.subject': 'Diiwaangelinta waa la xaqiijiyay: {title}',
  'mail.registrationConfirmed.heading': 'Diiwaangelintaada waa la xaqiijiyay',
  'mail.registrationConfirmed.registered': '{registeredName}, boos ayaad ku leedahay “{title}”.',
  'mail.registrationConfirmed.waiting':
    '{waitingName}, “{title}” waa buuxaa: waxaad tahay lambarka {queuePlace} ee liiska sugitaanka. Haddii boos banaanaado, adigaa leh markaad gaarto, waanu kuu sheegi doonaa.',
  'mail.registration.when': 'Waqtiga: {startsTime}',
  'mail.registration.where': 'Goobta: {address}',
  'mail.registration.online': 'Xiriirka onlaynka',
  'mail.registration.cancel': 'Jooji diiwaangelinta',
  'mail.registrationPromoted.subject': 'Boos ayaad heshay: {title}',
  'mail.registrationPromoted.heading': 'Boos ayaa kuu banaanaaday',
  'mail.registrationPromoted.body': '{name}, boos ayaa ka banaanaaday “{title}”, hadda adigaa leh.',
  'mail.registrationCancelled.subject': 'Diiwaangelinta waa la joojiyay: {title}',
  'mail.registrationCancelled.heading': 'Diiwaangelintaada waa la joojiyay',
  'mail.registrationCancelled.body': '{name}, diiwaangelintaada “{title}” waa la joojiyay.',
  'mail.registrationCancelled.again': 'Bogga kulanka',
  'mail.trayPartnerInvited.subject': 'Casuumaad liiska is-dhexgalka: {organisation}',
  'mail.trayPartnerInvited.heading': '{organisation} liiska is-dhexgalka',
  'mail.trayPartnerInvited.body':
    'Isku-duwaha shabakadda ayaa {organisation} ku casuumay liiska is-dhexgalka isagoo ah la-hawlgale, wuxuuna kuu magacaabay wakiilkeeda Kaiutin. Gal si aad ugu qeexdo hawlaha ururka liiska oo aad xogtiisa u cusboonaysiiso. La-hawlgaluhu maaha xubin shabakadda. Haddii aadan filayn fariintan, waad iska dhaafi kartaa.',
  'mail.peerRequest.subject': '{organisation} waxay kaa codsanaysaa inaad noqoto hoggaamiye asaagga ah',
  'mail.peerRequest.heading': 'Codsi ka yimid {organisation}',
  'mail.peerRequest.body':
    '{name}, {organisation} waxay jeclaan lahayd inaad u noqoto hoggaamiye asaagga ah. Tani waa waxa ay codsanayaan:',
  'mail.peerRequest.purpose': 'Ujeeddada: {purpose}',
  'mail.peerRequest.when': 'Goorta: {when}',
  'mail.peerRequest.contacts':
    'Xogtaada xiriirka waxaa loo diraa ururka oo keliya haddii aad haa dhahdo; markaas adiguna waxaad helaysaa tooda.',
  'mail.peerRequest.answerBy': 'Fadlan ka jawaab ka hor {answerByAt}.',
  'mail.peerRequest.yes': 'Ku jawaab haa',
  'mail.peerRequest.no': 'Ku jawaab maya',
  'mail.peerRequestAccepted.subject': '{leader} wuxuu haa ku jawaabay codsigiinna',
  'mail.peerRequestAccepted.heading': '{leader} wuxuu yiri haa',
  'mail.peerRequestAccepted.body': '{leader} wuxuu aqbalay codsiga {organisation}.',
  'mail.peerRequestAccepted.contact': 'Si toos ah ula xiriira: {leader}, {leaderEmail}.',
  'mail.peerRequestAccepted.open': 'Codsiyada ururka',
  'mail.peerRequestContact.subject': 'Xogta xiriirka {organisation}',
  'mail.peerRequestContact.heading': 'Waxaad haa u sheegtay {organisation}',
  'mail.peerRequestContact.body':
    '{name}, mahadsanid. Waxaad aqbashay codsiga {organisation}; waxaa loo diray magacaaga iyo ciwaankaaga iimaylka.',
  'mail.peerRequestContact.contacts': 'Wakiillada ururka: {contacts}.',
  'mail.peerRequestContact.open': 'Codsiga',
  'mail.peerRequestDeclined.subject': '{leader} ma aqbali karo codsigiinna',
  'mail.peerRequestDeclined.heading': '{leader} wuxuu yiri maya',
  'mail.peerRequestDeclined.body':
    '{leader} wuu diiday codsiga {organisation}. Xog xiriir lama is-weydaarsan. Waxaad Kaiutin ka raadin kartaan hoggaamiye kale oo asaagga ah.',
  'mail.peerLeaderInvited.subject': 'Casuumaad bangiga hoggaamiyeyaasha asaagga ee Kaiutin',
  'mail.peerLeaderInvited.heading': 'Waxaa lagugu casuumay bangiga hoggaamiyeyaasha asaagga',
  'mail.peerLeaderInvited.body':
    'Isku-duwaha shabakadda ayaa kugu casuumaya bangiga hoggaamiyeyaasha asaagga ee Kaiutin. Bangiga, ururrada xubnaha ahi waxay ka helaan hoggaamiye asaag ah oo tababaran iyadoo loo eegayo luqadda, degmada iyo mawduuca, waxayna kuu soo diri karaan codsi aad adigu ku jawaabto haa ama maya.',
  'mail.peerLeaderInvited.consent':
    'Astaantaadu (profile) waxay jirtaa oo keliya ogolaanshahaaga cad, adiguna waxaad dooranaysaa cidda arkaysa. Waxaad ogolaanshaha kala noqon kartaa wakhti kasta, markaas astaanta isla markiiba waa la tirtirayaa.',
  'mail.peerLeaderInvited.open': "Gal oo go'aanso",
  'mail.translatorInvited.subject': 'Casuumaad aad u turjunto Kaiutin',
  'mail.translatorInvited.heading': 'U turjun shabakadda',
  'mail.translatorInvited.body':
    'Isku-duwaha shabakadda ayaa kuu casuumaya inaad turjunto waxa Kaiutin daabaco: soo koobidda la-tashiyada, bayaanada, casuumaadaha kulamada iyo qoraallada kulamada, iyo hawlaha liiska is-dhexgalka. Luqadahaaga: {languages}.',
  'mail.translatorInvited.work':
    'Codsiyada luqadahaaga ku qoran waxay ku sugayaan miiska turjubaanka: qaado codsi, ku qor turjumaadda agtiisa qoraalka asalka ah oo dir; turjubaan kale ama isku-duwaha ayaa dib u eegaya oo daabacaya. Codsiyada cusub waxaad ka helaysaa ugu badnaan hal soo koobid maalintii.',
  'mail.translatorInvited.leave':
    'Waqti kasta waad beddeli kartaa luqadahaaga ama waad ka tagi kartaa doorka Kaiutin gudihiisa.',
  'mail.translatorInvited.open': 'Fur miiska turjubaanka',
  'mail.translationSummary.subject':
    '{count, plural, one {# codsi turjumaad} other {# codsi turjumaad}} oo ku qoran luqadahaaga',
  'mail.translationSummary.heading': 'Codsiyo turjumaad ayaa ku sugaya',
  'mail.translationSummary.body':
    'Qoraalladan waxay sugayaan turjubaan luqadahaaga ah, kuwa ugu cusub marka hore. Ka qaado codsiga miiska intaadan bilaabin, si aan qof kale u turjumin isla waqtigaas.',
  'mail.translationSummary.open': 'Fur miiska turjubaanka',
  'mail.translationUntaken.subject':
    '{count, plural, one {# codsi turjumaad} other {# codsi turjumaad}} aan turjubaan lahayn {hours} saacadood kadib',
  'mail.translationUntaken.heading': 'Codsiyo turjumaad oo aan cidna qaadan',
  'mail.translationUntaken.body':
    'Cidna ma qaadan codsiyadan turjumaadda {hours} saacadood gudahood. U hel luqadda turjubaan, ama doorka sii qof ku shaqeeya luqaddaas.',
  'mail.translationUntaken.open': 'Codsiyada turjumaadda',
};

export const submission: MailMessages['submission'] = {
  'mail.submission.subject': 'Bayaan: {title} ({count} urur)',
  'mail.submission.heading': 'Bayaan wadajir ah: {consultation}',
  'mail.submission.intro':
    '{lead} waxay {body} u gudbinaysaa bayaanka wadajirka ah ee {count} urur oo ku saabsan «{consultation}». Qoraalka hoose waa sidii saxda ahayd ee loo saxiixay.',
  'mail.submission.translation': 'Isla qoraalka oo luqad kale ku qoran ({language}):',
  'mail.submission.signatories': 'Waxaa saxiixay ({count}):',
  'mail.submission.mandateStanding': '{organisation} – awood joogto ah, la saxiixay {signedAt}',
  'mail.submission.mandateDecision':
    '{organisation} – go’aanka {decidedBy} ee {decidedOn}, la saxiixay {signedAt}',
  'mail.submission.board': 'guddiga ama shirka',
  'mail.submission.record': 'Diiwaanka dadweynaha, oo leh isla qoraalka iyo saxiixayaasha',
  'mail.submission.hash':
    'Koodhka hubinta (SHA-256): {hash}. Diiwaanka dadweynaha wuxuu muujinayaa isla koodhka, si aad u hubin kartaan in waxa aad heshay ay yihiin waxa ururadu saxiixeen.',
  'mail.submission.acknowledge':
    'Fadlan xaqiijiya inaad heshay, oo diiwaangeliya sida bayaanka loo tixgeliyay',
};

export const alerts: MailMessages['alerts'] = {
  'alert.kind.upcoming-decision': 'Go’aan soo socda',
  'alert.kind.consultation': 'Codsi fikrado',
  'alert.kind.hearing': 'Dhageysi',
  'alert.kind.survey': 'Sahan',
  'alert.kind.initiative': 'Hindise dadweyne',
  'alert.updatedPrefix': '[La cusboonaysiiyay] ',
  'alert.subject': '{kind}: {title} – bayaannada ilaa {deadline}',
  'alert.subjectNoDeadline': '{kind}: {title}',
  'alert.body': '{body}: {kind}.',
  'alert.deadline': 'Bayaannada ugu dambeyn {deadline}.',
  'alert.decisionDate': 'Go’aanka waxaa la filayaa {date}.',
  'alert.readMore': 'Wax badan ka akhriso oo qor bayaan',
  'alert.unsubscribe': 'Jooji digniinahan',
  'alert.translated':
    'Waxaa turjumay oo hubiyay turjumaan tabarruc ah oo ka tirsan shabakadda Kaiutin. Qoraalka asalka ah wuxuu ku yaal bogga internetka.',
  'alert.followUp.subject': 'Hadda luqaddaada: {title}',
  'alert.followUp.lead':
    'Horay ayaad digniin uga heshay arrintan luqadda asalka ah. Hadda waxaa loo turjumay luqaddaada.',
  'alert.followUp.read': 'Ku akhri luqaddaada',
};

export const digest: MailMessages['digest'] = {
  'digest.subject': 'Soo koobidda toddobaadlaha ah ee Kaiutin: {count} cusub',
  'digest.heading': 'La-tashiyo cusub iyo kuwo la cusboonaysiiyay',
};

export const meetingAgenda: MailMessages['meetingAgenda'] = {
  'mail.agendaKind.news-round': 'wareegga warka',
  'mail.agendaKind.presentation': 'soo bandhigid',
  'mail.agendaKind.workshop': 'aqoon-is-weydaarsi',
  'mail.agendaKind.discussion': 'dood',
  'mail.agendaKind.decision': 'go’aan',
};
