import type { Messages } from './fi.ts';

export const so: Messages = {
  'app.name': 'Kaiutin',
  'app.tagline': 'Codka wadajirka ah ee ururada ee loo diro degmooyinka',
  'nav.label': 'Liiska ugu weyn',
  'nav.home': 'Bogga hore',
  'nav.status': 'Xaaladda adeegga',
  'nav.skipToContent': 'U gudub nuxurka',
  'language.label': 'Luqadda',
  'footer.text':
    'Kaiutin waa adeeg saameyn iyo la-tashi oo loogu talagalay shabakad ururo dhaqamo kala duwan leh.',
  'home.title': 'Wax ka beddel waqtigeeda',
  'home.lead':
    'Kaiutin wuxuu ururada u sheegaa go’aannada degmada ee soo socda iyo la-tashiyada isla marka la ogaado, luqaddooda.',
  'home.statements':
    'Ururadu waxay qoraan bayaanno wadajir ah, ururada kale ee xubnaha ah ayaa saxiixa, Kaiutin-na wuxuu u gudbiyaa sarkaalka mas’uulka ah. Wax kasta oo la gudbiyay iyo jawaabaha degmadu waxay ku jiraan diiwaanka dadweynaha.',
  'status.title': 'Xaaladda adeegga',
  'status.checking': 'Waa la hubinayaa…',
  'status.ok': 'Adeeggu wuu shaqeynayaa. Kaydka xogtu wuu jawaabayaa.',
  'status.down': 'Adeegga hadda lama gaari karo. Isku day mar kale wax yar kadib.',
  'status.checkedAt': 'La hubiyay {time}',
  'status.recheck': 'Mar kale hubi',
  'notFound.title': 'Bogga lama helin',
  'notFound.text': 'Cinwaankan bog kuma jiro. Ku noqo bogga hore.',
  'mail.footer': 'Fariintan waxaa soo diray Kaiutin: {url}',
  'mail.applicationReceipt.subject': 'Codsiga xubinnimada waa la helay: {organisation}',
  'mail.applicationReceipt.heading': 'Waad ku mahadsan tihiin codsiga xubinnimada',
  'mail.applicationReceipt.body':
    'Waxaan helnay codsiga xubinnimada ee {organisation} {submittedAt}. Isku-duwaha shabakaddu wuu eegi doonaa codsiga wuuna idin la soo xiriiri doonaa.',
  'mail.applicationReceipt.principles':
    'Codsigu wuxuu aqbalay hadafyada iyo mabaadi’da shabakadda, nooca {version}.',
  'mail.signInHint': 'Ku soo gala cinwaankan iimaylka ah: {signInUrl}',
  'mail.applicationApproved.subject': 'Ku soo dhowaada shabakadda: {organisation}',
  'mail.applicationApproved.heading': '{organisation} hadda waa xubin ka mid ah shabakadda',
  'mail.applicationApproved.body':
    'Isku-duwuhu wuu aqbalay codsiga xubinnimada. Waxaa laydin magacaabay wakiil ururka: waxaad is-diiwaangelin kartaan ogeysiisyada, waxaad qori kartaan bayaanno, waxaadna saxiixi kartaan iyaga adinkoo ururka ka wakiil ah.',
  'mail.applicationRejected.subject': 'Codsiga xubinnimada: {organisation}',
  'mail.applicationRejected.heading': 'Codsiga xubinnimada lama aqbalin',
  'mail.applicationRejected.body':
    'Isku-duwuhu ma aqbalin codsiga xubinnimada ee {organisation}. Sababta: {reason}',
  'mail.representativeAdded.subject': 'Waxaa laydin magacaabay wakiil: {organisation}',
  'mail.representativeAdded.heading': 'Wakiilka {organisation}',
  'mail.representativeAdded.body': 'Waxaa laydin magacaabay wakiilka {organisation} ee Kaiutin.',
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
  'mail.removalOpened.respond': 'Waxaad soo gudbin kartaan sharaxaaddiinna ugu dambeyn {deadlineAt}: {url}',
  'mail.removalResponded.subject': 'Sharaxaad ayaa la helay: {organisation}',
  'mail.removalResponded.heading': '{organisation} waxay soo gudbisay sharaxaaddeeda',
  'mail.removalResponded.body':
    '{organisation} waxay ka jawaabtay codsiga sharaxaadda. Akhriya jawaabta oo go’aan gaara: {url}',
  'mail.removalDecided.subject': 'Go’aan: {organisation}',
  'mail.removalDecided.heading': 'Isku-duwuhu wuu gaaray go’aan',
  'mail.removalDecided.body': 'Go’aanka ku saabsan {organisation}: {outcome}. Sababta: {reason}',
  'mail.signInCode.subject': 'Koodhka galitaanka Kaiutin: {code}',
  'mail.signInCode.heading': 'Koodhkiinna galitaanka',
  'mail.signInCode.body':
    'Koodhkiinnu waa {code}. Wuxuu shaqeynayaa {minutes} daqiiqo, hal mar oo keliya ayaana la isticmaali karaa.',
  'mail.signInCode.link': 'Sidoo kale waxaad ku geli kartaan linkigan: {url}',
  'mail.signInCode.ignore': 'Haddii aydaan codsan koodh, iska indha tira fariintan.',
  'removal.ground.unreachable': 'ururka lama gaari karo inkasta oo isku dayo badan la sameeyay',
  'removal.ground.criteria': 'ururku ma buuxiyo shuruudaha xubinnimada shabakadda',
  'removal.ground.hinders': 'ururku wuxuu u dhaqmaa si cad oo caqabad ku ah is-dhexgalka',
  'removal.outcome.removed': 'ururka waa laga saarayaa shabakadda',
  'removal.outcome.kept': 'ururku wuu sii ahaanayaa xubin',
};
