import type { MailMessages } from './fi.ts';

export const layout: MailMessages['layout'] = {
  'mail.footer': 'Це повідомлення надіслано сервісом Kaiutin',
};

export const signIn: MailMessages['signIn'] = {
  'mail.signInCode.subject': 'Ваш код для входу в Kaiutin: {code}',
  'mail.signInCode.heading': 'Ваш код для входу',
  'mail.signInCode.body': 'Ваш код: {code}. Він дійсний {minutes} хв і працює лише один раз.',
  'mail.signInCode.link': 'Ви також можете увійти за цим посиланням',
  'mail.signInCode.ignore': 'Якщо ви не запитували код, просто не зважайте на це повідомлення.',
};

export const notices: MailMessages['notices'] = {
  'mail.applicationReceipt.subject': 'Заявку на членство отримано',
  'mail.applicationReceipt.heading': 'Дякуємо за заявку на членство',
  'mail.applicationReceipt.body':
    '{submittedAt} ми отримали заявку на членство, у якій цю адресу вказано як контактну. Координатор мережі розгляне її та напише на цю адресу, коли буде ухвалено рішення. Якщо ви не надсилали заявку, не зважайте на цей лист.',
  'mail.applicationReceipt.principles': 'У заявці прийнято цілі та принципи роботи мережі, версія {version}.',
  'mail.signInHint': 'Увійдіть у сервіс із цією адресою електронної пошти',
  'mail.applicationApproved.subject': 'Ласкаво просимо до мережі: {organisation}',
  'mail.applicationApproved.heading': 'Організація {organisation} тепер є членом мережі',
  'mail.applicationApproved.body':
    'Координатор схвалив заявку на членство. Вас призначено представником організації: ви можете підписатися на сповіщення, складати заяви та підписувати їх від імені організації.',
  'mail.applicationRejected.subject': 'Заявку на членство не схвалено',
  'mail.applicationRejected.heading': 'Заявку на членство не схвалено',
  'mail.applicationRejected.body':
    'Координатор не схвалив заявку на членство, надіслану {submittedAt} з цією контактною адресою. Обґрунтування: {reason}',
  'mail.representativeAdded.subject': 'Вас призначено представником у Kaiutin',
  'mail.representativeAdded.heading': 'Представник у Kaiutin',
  'mail.representativeAdded.body':
    'Організація — член мережі призначила вас своїм представником у Kaiutin. Увійдіть, щоб побачити, яка саме. Якщо ви цього не очікували, просто проігноруйте цей лист.',
  'mail.officerAdded.subject': 'Kaiutin: {body}',
  'mail.officerAdded.heading': 'Вас додано як посадову особу',
  'mail.officerAdded.body':
    'Вас додано в Kaiutin як посадову особу органу {body}. Ви отримуватимете заяви, адресовані цьому органу, і зможете публікувати консультації.',
  'mail.organisationResigned.subject': 'Вихід із мережі: {organisation}',
  'mail.organisationResigned.heading': 'Організація {organisation} вийшла з мережі',
  'mail.organisationResigned.body':
    'Організація {organisation} повідомила про вихід із мережі {resignedAt}. Причина: {reason}',
  'mail.removalOpened.subject': 'Запит на пояснення: {organisation}',
  'mail.removalOpened.heading': 'Координатор розглядає виключення',
  'mail.removalOpened.body':
    'Координатор розглядає виключення організації {organisation} з мережі. Підстава: {ground}. {explanation}',
  'mail.removalOpened.respond': 'Ви можете надати свої пояснення до {deadlineAt}',
  'mail.removalResponded.subject': 'Пояснення отримано: {organisation}',
  'mail.removalResponded.heading': 'Організація {organisation} надала пояснення',
  'mail.removalResponded.body':
    'Організація {organisation} відповіла на запит на пояснення. Прочитайте відповідь і ухваліть рішення.',
  'mail.removalResponded.read': 'Прочитати пояснення',
  'mail.removalDecided.subject': 'Рішення: {organisation}',
  'mail.removalDecided.heading': 'Координатор ухвалив рішення',
  'mail.removalDecided.body': 'Рішення щодо організації {organisation}: {outcome}. Обґрунтування: {reason}',
  'mail.confirmSubscription.subject': 'Підтвердьте підписку на сповіщення Kaiutin',
  'mail.confirmSubscription.heading': 'Підтвердьте підписку',
  'mail.confirmSubscription.body':
    'Хтось (сподіваємося, ви) підписав цю адресу на сповіщення Kaiutin про муніципальні рішення та консультації. Підтвердьте протягом {days, plural, one {# дня} few {# днів} many {# днів} other {# дня}}.',
  'mail.confirmSubscription.confirm': 'Підтвердити підписку',
  'mail.confirmSubscription.ignore':
    'Якщо ви не підписувалися, просто не зважайте на це повідомлення: ви нічого не отримаєте.',
  'mail.statementOpened.subject': 'Відкрито для підписання: {title}',
  'mail.statementOpened.heading': 'Спільна заява відкрита для підписання',
  'mail.statementOpened.body':
    'Організація {lead} запрошує організації-члени підписати спільну заяву «{title}» щодо питання «{consultation}». Підписи приймаються до {cosignDeadlineAt}.',
  'mail.statementOpened.read': 'Прочитайте заяву та підпишіть її',
  'mail.statementInvitation.subject': 'Запрошення підписати: {title}',
  'mail.statementInvitation.heading': 'Організація {lead} запрошує вас підписати спільну заяву',
  'mail.statementInvitation.message': 'Повідомлення від організації {lead}: {message}',
  'mail.statementInvitation.member':
    'Представник організації — члена мережі може підписати заяву від її імені, увійшовши в систему. Інші організації можуть подати заявку на членство.',
  'mail.statementInvitation.apply': 'Подати заявку на членство',
  'mail.statementChanged.subject': 'Заява змінилася: {title}',
  'mail.statementChanged.heading': 'Підписана вами заява змінилася',
  'mail.statementChanged.body':
    'Організація {lead} змінила заяву «{title}» після того, як ваша організація її підписала (тепер версія {version}). Ваш підпис стосується попередньої версії й не буде переданий, якщо ваша організація не підтвердить новий текст.',
  'mail.statementChanged.read': 'Прочитайте новий текст і підтвердьте підпис',
  'mail.statementSubmitted.subject': 'Заяву доставлено: {title}',
  'mail.statementSubmitted.heading': 'Заяву доставлено: {body}',
  'mail.statementSubmitted.body':
    'Організація {lead} доставила заяву «{title}», підписану {count, plural, one {# організацією} few {# організаціями} many {# організаціями} other {# організації}}. Контрольна сума: {hash}.',
  'mail.statementSubmitted.record': 'Публічний запис',
  'mail.submissionAcknowledged.subject': 'Отримано: {title}',
  'mail.submissionAcknowledged.heading': 'Орган {body} підтвердив отримання заяви',
  'mail.submissionAcknowledged.body': 'Орган {body} підтвердив отримання заяви «{title}» {acknowledgedAt}.',
  'mail.submissionAcknowledged.diary': 'Реєстраційний номер: {diaryNumber}',
  'mail.submissionAnswered.subject': 'Відповідь на заяву: {title}',
  'mail.submissionAnswered.heading': 'Орган {body} відповів на заяву',
  'mail.submissionAnswered.body': 'Як було враховано заяву «{title}»: {answer}.',
  'mail.submissionAnswered.explanation': '{explanation}',
  'mail.submissionAnswered.decision': 'Рішення',
  'mail.submissionAnswered.record': 'Публічний запис',
  'mail.cosignReminder.subject': 'Нагадування: підписання закривається {cosignDeadlineAt}',
  'mail.cosignReminder.heading': 'Підписання заяви «{title}» незабаром закриється',
  'mail.cosignReminder.body':
    'Підписання закривається {cosignDeadlineAt}. Поточний текст {count, plural, one {підписала # організація} few {підписали # організації} many {підписали # організацій} other {підписали # організації}}. Подайте заяву до завершення строку консультації ({statementDeadlineAt}).',
  'mail.cosignReminder.open': 'Відкрити заяву',
  'mail.acknowledgeReminder.subject': 'Ще не підтверджено: {title}',
  'mail.acknowledgeReminder.heading': 'Заява очікує підтвердження отримання',
  'mail.acknowledgeReminder.body':
    'Організація {lead} подала {submittedAt} органу {body} заяву «{title}» ({count, plural, one {# організація} few {# організації} many {# організацій} other {# організації}}), але її отримання ще не підтверджено.',
  'mail.acknowledgeReminder.inbox': 'Підтвердьте отримання тут',
  'mail.minutesPublished.subject': 'Протокол: {title}',
  'mail.minutesPublished.heading': 'Протокол зустрічі опубліковано',
  'mail.minutesPublished.body': 'Протокол зустрічі «{title}» опубліковано в Kaiutin.',
  'mail.minutesPublished.decisions': 'Зустріч ухвалила:\n\n{decisions}',
  'mail.minutesPublished.next': 'Наступна зустріч: {nextTime}.',
  'mail.minutesPublished.read': 'Читати протокол',
  'mail.datePollRequest.subject': 'Коли зустрінемося наступного разу? {title}',
  'mail.datePollRequest.heading': 'Оберіть дати наступної зустрічі',
  'mail.datePollRequest.body':
    'На зустрічі «{title}» дату наступної зустрічі вирішили обрати опитуванням. Вкажіть, які варіанти вам підходять; відповідь можна змінити, доки дату не вирішено.',
  'mail.datePollRequest.answer': 'Відповісти на опитування',
  'mail.meetingFeedback.subject': 'Відгук про зустріч: {title}',
  'mail.meetingFeedback.heading': 'Як пройшла зустріч?',
  'mail.meetingFeedback.body':
    'Дякуємо за участь у зустрічі «{title}» {startsAt}. Розкажіть за хвилину, як вона пройшла: оцінка від 1 до 5 і, якщо бажаєте, кілька слів.',
  'mail.meetingFeedback.anonymous':
    'Відповідь анонімна: її збережено без вашого імені та адреси, а за посиланням можна відповісти один раз.',
  'mail.meetingFeedback.answer': 'Залишити відгук',
  'mail.networkSurvey.subject': 'Опитування мережі за рік {year}',
  'mail.networkSurvey.heading': 'Яким був рік мережі {year}?',
  'mail.networkSurvey.body':
    'Координатор запитує представників кожної організації-члена, як минув рік мережі: оцінка від 1 до 5, що вдалося і що варто змінити.',
  'mail.networkSurvey.introduction': '{introduction}',
  'mail.networkSurvey.anonymous':
    'Відповідь анонімна: її збережено без вашого імені та назви організації, відповісти можна один раз.',
  'mail.networkSurvey.answer': 'Відповісти на опитування',
  'mail.meetingInvitation.subject': 'Запрошення: {title} ({startsAt})',
  'mail.meetingInvitation.heading': '{title}',
  'mail.meetingInvitation.body':
    '{host} запрошує вас на зустріч мережі (серія: {series}). Зустріч відкрита для всіх, хто працює в інтеграції.',
  'mail.meetingInvitation.time': 'Час: {startsTime} – {endsTime} (за фінським часом)',
  'mail.meetingInvitation.theme': 'Тема: {theme}',
  'mail.meetingInvitation.place': 'Місце: {address}',
  'mail.meetingInvitation.directions': 'Як дістатися: {directions}',
  'mail.meetingInvitation.online': 'Долучитися онлайн',
  'mail.meetingInvitation.agenda': 'Програма:\n\n{agenda}',
  'mail.meetingInvitation.calendar': 'Запрошення для календаря у вкладенні.',
  'mail.meetingInvitation.register': 'Зареєструйтеся на сторінці зустрічі',
  'mail.meetingReminder.subject': 'Нагадування: {title} ({startsAt})',
  'mail.meetingReminder.heading': 'Незабаром зустріч «{title}»',
  'mail.meetingReminder.body': 'Ви зареєструвалися на зустріч «{title}». Ласкаво просимо!',
  'mail.meetingReminder.cancel': 'Не зможете прийти? Скасуйте реєстрацію',
  'mail.meetingReminder.open': 'Відкрити сторінку зустрічі',
  'mail.registrationConfirm.subject': 'Підтвердьте реєстрацію: {title}',
  'mail.registrationConfirm.heading': 'Підтвердьте реєстрацію',
  'mail.registrationConfirm.body':
    'Ви зареєструвалися на «{title}» ({startsTime}). Місце закріплюється лише після підтвердження адреси протягом {hours} год.',
  'mail.registrationConfirm.confirm': 'Підтвердити реєстрацію',
  'mail.registrationConfirm.ignore':
    'Якщо ви не реєструвалися, просто проігноруйте цей лист: нічого не бронюється.',
  'mail.registrationConfirmed.subject': 'Реєстрацію підтверджено: {title}',
  'mail.registrationConfirmed.heading': 'Вашу реєстрацію підтверджено',
  'mail.registrationConfirmed.registered': '{registeredName}, у вас є місце на «{title}».',
  'mail.registrationConfirmed.waiting':
    '{waitingName}, на «{title}» місць немає: ви під номером {queuePlace} у листі очікування. Якщо місце звільниться, воно дістанеться вам у порядку черги, і ми повідомимо.',
  'mail.registration.when': 'Час: {startsTime}',
  'mail.registration.where': 'Місце: {address}',
  'mail.registration.online': 'Посилання для участі онлайн',
  'mail.registration.cancel': 'Скасувати реєстрацію',
  'mail.registrationPromoted.subject': 'Ви отримали місце: {title}',
  'mail.registrationPromoted.heading': 'Для вас звільнилося місце',
  'mail.registrationPromoted.body': '{name}, на «{title}» звільнилося місце, і тепер воно ваше.',
  'mail.registrationCancelled.subject': 'Реєстрацію скасовано: {title}',
  'mail.registrationCancelled.heading': 'Вашу реєстрацію скасовано',
  'mail.registrationCancelled.body': '{name}, вашу реєстрацію на «{title}» скасовано.',
  'mail.registrationCancelled.again': 'Сторінка зустрічі',
  'mail.trayPartnerInvited.subject': 'Запрошення до інтеграційного каталогу: {organisation}',
  'mail.trayPartnerInvited.heading': '{organisation} в інтеграційному каталозі',
  'mail.trayPartnerInvited.body':
    'Координатор мережі запросив організацію {organisation} до інтеграційного каталогу як партнера та призначив вас її представником у Kaiutin. Увійдіть, щоб описати діяльність організації в каталозі й підтримувати її дані актуальними. Партнер не є членом мережі. Якщо ви не очікували цього листа, просто проігноруйте його.',
  'mail.peerRequest.subject': '{organisation} запрошує вас як рівного наставника',
  'mail.peerRequest.heading': 'Запит від {organisation}',
  'mail.peerRequest.body':
    '{name}, {organisation} хотіла б запросити вас як рівного наставника. Ось їхній запит:',
  'mail.peerRequest.purpose': 'Для чого: {purpose}',
  'mail.peerRequest.when': 'Коли: {when}',
  'mail.peerRequest.contacts':
    'Ваші контактні дані буде передано організації, лише якщо ви відповісте «так»; тоді ви отримаєте і їхні.',
  'mail.peerRequest.answerBy': 'Будь ласка, дайте відповідь до {answerByAt}.',
  'mail.peerRequest.yes': 'Відповісти «так»',
  'mail.peerRequest.no': 'Відповісти «ні»',
  'mail.peerRequestAccepted.subject': '{leader} відповів(ла) «так» на ваш запит',
  'mail.peerRequestAccepted.heading': '{leader} відповів(ла) «так»',
  'mail.peerRequestAccepted.body': '{leader} прийняв(ла) запит організації {organisation}.',
  'mail.peerRequestAccepted.contact': 'Зв’яжіться напряму: {leader}, {leaderEmail}.',
  'mail.peerRequestAccepted.open': 'Запити організації',
  'mail.peerRequestContact.subject': 'Контакти: {organisation}',
  'mail.peerRequestContact.heading': 'Ви відповіли «так»: {organisation}',
  'mail.peerRequestContact.body':
    '{name}, дякуємо. Ви прийняли запит організації {organisation}; їм надіслано ваше ім’я та адресу електронної пошти.',
  'mail.peerRequestContact.contacts': 'Представники організації: {contacts}.',
  'mail.peerRequestContact.open': 'Запит',
  'mail.peerRequestDeclined.subject': '{leader} не може прийняти ваш запит',
  'mail.peerRequestDeclined.heading': '{leader} відповів(ла) «ні»',
  'mail.peerRequestDeclined.body':
    '{leader} відхилив(ла) запит організації {organisation}. Контактними даними не обмінювалися. Ви можете знайти іншого рівного наставника в Kaiutin.',
  'mail.peerLeaderInvited.subject': 'Запрошення до банку рівних наставників Kaiutin',
  'mail.peerLeaderInvited.heading': 'Вас запросили до банку рівних наставників',
  'mail.peerLeaderInvited.body':
    'Координатор мережі запрошує вас до банку рівних наставників Kaiutin. У банку організації-члени знаходять навченого рівного наставника за мовою, муніципалітетом і темою та можуть надіслати вам запит, на який ви самі відповісте «так» чи «ні».',
  'mail.peerLeaderInvited.consent':
    'Ваш профіль існує лише з вашої явної згоди, і ви самі обираєте, хто його бачить. Ви можете відкликати згоду будь-коли, і тоді профіль буде одразу видалено.',
  'mail.peerLeaderInvited.open': 'Увійти й вирішити',
  'mail.translatorInvited.subject': 'Запрошення перекладати для Kaiutin',
  'mail.translatorInvited.heading': 'Перекладайте для мережі',
  'mail.translatorInvited.body':
    'Координатор мережі запрошує вас перекладати те, що публікує Kaiutin: стислі викладення консультацій, заяви, запрошення на зустрічі та протоколи, а також заходи інтеграційного каталогу. Ваші мови: {languages}.',
  'mail.translatorInvited.work':
    'Запити вашими мовами чекають на робочому столі перекладача: візьміть запит, напишіть переклад поруч з оригіналом і надішліть його; інший перекладач або координатор перевірить і опублікує його. Про нові запити ви отримуєте не більше одного зведення на день.',
  'mail.translatorInvited.leave': 'Ви можете будь-коли змінити свої мови або відмовитися від ролі в Kaiutin.',
  'mail.translatorInvited.open': 'Відкрити робочий стіл перекладача',
  'mail.translationSummary.subject':
    '{count, plural, one {# запит на переклад} few {# запити на переклад} many {# запитів на переклад} other {# запиту на переклад}} вашими мовами',
  'mail.translationSummary.heading': 'На вас чекають запити на переклад',
  'mail.translationSummary.body':
    'Ці тексти чекають на перекладача вашими мовами, спершу найновіші. Візьміть запит на робочому столі, перш ніж почати, щоб ніхто інший не перекладав його одночасно з вами.',
  'mail.translationSummary.open': 'Відкрити робочий стіл перекладача',
  'mail.translationUntaken.subject':
    '{count, plural, one {# запит на переклад} few {# запити на переклад} many {# запитів на переклад} other {# запиту на переклад}} без перекладача через {hours} год',
  'mail.translationUntaken.heading': 'Запити на переклад, які ніхто не взяв',
  'mail.translationUntaken.body':
    'Ніхто не взяв ці запити на переклад протягом {hours} год. Знайдіть перекладача для цієї мови або надайте роль тому, хто нею працює.',
  'mail.translationUntaken.open': 'Запити на переклад',
};

export const submission: MailMessages['submission'] = {
  'mail.submission.subject':
    'Заява: {title} ({count, plural, one {# організація} few {# організації} many {# організацій} other {# організації}})',
  'mail.submission.heading': 'Спільна заява: {consultation}',
  'mail.submission.intro':
    'Організація {lead} передає органу {body} спільну заяву {count, plural, one {# організації} few {# організацій} many {# організацій} other {# організації}} щодо питання «{consultation}». Текст наведено нижче точно в тому вигляді, у якому його підписали.',
  'mail.submission.translation': 'Той самий текст ({language}):',
  'mail.submission.signatories': 'Підписали ({count}):',
  'mail.submission.mandateStanding': '{organisation} — постійні повноваження, підписано {signedAt}',
  'mail.submission.mandateDecision':
    '{organisation} — рішення від {decidedOn}, ухвалив: {decidedBy}; підписано {signedAt}',
  'mail.submission.board': 'правління або збори',
  'mail.submission.record': 'Публічний запис із тим самим текстом і підписантами',
  'mail.submission.hash':
    'Контрольна сума (SHA-256): {hash}. У публічному записі вказано ту саму суму, тож ви можете перевірити, що отриманий вами текст — саме той, який підписали організації.',
  'mail.submission.acknowledge': 'Будь ласка, підтвердьте отримання та зазначте, як заяву було враховано',
};

export const alerts: MailMessages['alerts'] = {
  'alert.kind.upcoming-decision': 'Майбутнє рішення',
  'alert.kind.consultation': 'Запит думок',
  'alert.kind.hearing': 'Слухання',
  'alert.kind.survey': 'Опитування',
  'alert.kind.initiative': 'Ініціатива мешканців',
  'alert.updatedPrefix': '[Оновлено] ',
  'alert.subject': '{kind}: {title} – заяви до {deadline}',
  'alert.subjectNoDeadline': '{kind}: {title}',
  'alert.body': '{body}: {kind}.',
  'alert.deadline': 'Заяви приймаються до {deadline}.',
  'alert.decisionDate': 'Рішення планують ухвалити {date}.',
  'alert.readMore': 'Докладніше та підготовка заяви',
  'alert.unsubscribe': 'Відмовитися від цих сповіщень',
  'alert.translated':
    'Переклад виконав і перевірив перекладач-волонтер мережі Kaiutin. Оригінальний текст — на вебсторінці.',
  'alert.followUp.subject': 'Тепер вашою мовою: {title}',
  'alert.followUp.lead':
    'Раніше ви отримали сповіщення про це мовою оригіналу. Тепер його перекладено вашою мовою.',
  'alert.followUp.read': 'Читати вашою мовою',
};

export const digest: MailMessages['digest'] = {
  'digest.subject': 'Щотижневе зведення Kaiutin: нових — {count}',
  'digest.heading': 'Нові та оновлені консультації',
};

export const meetingAgenda: MailMessages['meetingAgenda'] = {
  'mail.agendaKind.news-round': 'коло новин',
  'mail.agendaKind.presentation': 'презентація',
  'mail.agendaKind.workshop': 'семінар',
  'mail.agendaKind.discussion': 'обговорення',
  'mail.agendaKind.decision': 'рішення',
};
