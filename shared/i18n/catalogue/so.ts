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
    'Waxaan helnay codsiga xubinnimada ee {organisation} {date}. Isku-duwaha shabakaddu wuu eegi doonaa codsiga wuuna idin la soo xiriiri doonaa.',
  'mail.applicationReceipt.principles':
    'Codsigu wuxuu aqbalay hadafyada iyo mabaadi’da shabakadda, nooca {version}.',
};
