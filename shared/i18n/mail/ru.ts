import type { MailMessages } from './fi.ts';

export const layout: MailMessages['layout'] = {
  'mail.footer': 'Это сообщение отправлено сервисом Kaiutin',
};

export const signIn: MailMessages['signIn'] = {
  'mail.signInCode.subject': 'Ваш код для входа в Kaiutin: {code}',
  'mail.signInCode.heading': 'Ваш код для входа',
  'mail.signInCode.body': 'Ваш код: {code}. Он действует {minutes} мин. и работает только один раз.',
  'mail.signInCode.link': 'Вы также можете войти по этой ссылке',
  'mail.signInCode.ignore': 'Если вы не запрашивали код, просто не обращайте внимания на это сообщение.',
};

export const notices: MailMessages['notices'] = {
  'mail.applicationReceipt.subject': 'Заявка на членство получена',
  'mail.applicationReceipt.heading': 'Спасибо за заявку на членство',
  'mail.applicationReceipt.body':
    '{submittedAt} мы получили заявку на членство, в которой этот адрес указан как контактный. Координатор сети рассмотрит её и напишет на этот адрес, когда будет принято решение. Если вы не отправляли заявку, просто не обращайте внимания на это письмо.',
  'mail.applicationReceipt.principles': 'В заявке приняты цели и принципы работы сети, версия {version}.',
  'mail.signInHint': 'Войдите в сервис с этим адресом электронной почты',
  'mail.applicationApproved.subject': 'Добро пожаловать в сеть: {organisation}',
  'mail.applicationApproved.heading': 'Организация {organisation} теперь является членом сети',
  'mail.applicationApproved.body':
    'Координатор одобрил заявку на членство. Вы назначены представителем организации: вы можете подписаться на оповещения, составлять заявления и подписывать их от имени организации.',
  'mail.applicationRejected.subject': 'Заявка на членство не одобрена',
  'mail.applicationRejected.heading': 'Заявка на членство не одобрена',
  'mail.applicationRejected.body':
    'Координатор не одобрил заявку на членство, отправленную {submittedAt} с этим контактным адресом. Обоснование: {reason}',
  'mail.representativeAdded.subject': 'Вы назначены представителем в Kaiutin',
  'mail.representativeAdded.heading': 'Представитель в Kaiutin',
  'mail.representativeAdded.body':
    'Организация — член сети назначила вас своим представителем в Kaiutin. Войдите, чтобы узнать, какая именно. Если вы этого не ожидали, просто проигнорируйте это письмо.',
  'mail.officerAdded.subject': 'Kaiutin: {body}',
  'mail.officerAdded.heading': 'Вы добавлены как должностное лицо',
  'mail.officerAdded.body':
    'Вы добавлены в Kaiutin как должностное лицо органа {body}. Вы будете получать заявления, адресованные этому органу, и сможете публиковать консультации.',
  'mail.organisationResigned.subject': 'Выход из сети: {organisation}',
  'mail.organisationResigned.heading': 'Организация {organisation} вышла из сети',
  'mail.organisationResigned.body':
    'Организация {organisation} сообщила о выходе из сети {resignedAt}. Причина: {reason}',
  'mail.removalOpened.subject': 'Запрос объяснений: {organisation}',
  'mail.removalOpened.heading': 'Координатор рассматривает исключение',
  'mail.removalOpened.body':
    'Координатор рассматривает исключение организации {organisation} из сети. Основание: {ground}. {explanation}',
  'mail.removalOpened.respond': 'Вы можете дать свои объяснения до {deadlineAt}',
  'mail.removalResponded.subject': 'Объяснения получены: {organisation}',
  'mail.removalResponded.heading': 'Организация {organisation} дала объяснения',
  'mail.removalResponded.body':
    'Организация {organisation} ответила на запрос объяснений. Прочитайте ответ и примите решение.',
  'mail.removalResponded.read': 'Прочитать объяснения',
  'mail.removalDecided.subject': 'Решение: {organisation}',
  'mail.removalDecided.heading': 'Координатор принял решение',
  'mail.removalDecided.body': 'Решение по организации {organisation}: {outcome}. Обоснование: {reason}',
  'mail.confirmSubscription.subject': 'Подтвердите подписку на оповещения Kaiutin',
  'mail.confirmSubscription.heading': 'Подтвердите подписку',
  'mail.confirmSubscription.body':
    'Кто-то (надеемся, вы) подписал этот адрес на оповещения Kaiutin о муниципальных решениях и консультациях. Подтвердите в течение {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}}.',
  'mail.confirmSubscription.confirm': 'Подтвердить подписку',
  'mail.confirmSubscription.ignore':
    'Если вы не подписывались, просто не обращайте внимания на это сообщение: вы ничего не получите.',
  'mail.statementOpened.subject': 'Открыто для подписания: {title}',
  'mail.statementOpened.heading': 'Совместное заявление открыто для подписания',
  'mail.statementOpened.body':
    'Организация {lead} приглашает организации-члены подписать совместное заявление «{title}» по вопросу «{consultation}». Подписи принимаются до {cosignDeadlineAt}.',
  'mail.statementOpened.read': 'Прочитайте заявление и подпишите его',
  'mail.statementInvitation.subject': 'Приглашение подписать: {title}',
  'mail.statementInvitation.heading': 'Организация {lead} приглашает вас подписать совместное заявление',
  'mail.statementInvitation.message': 'Сообщение от организации {lead}: {message}',
  'mail.statementInvitation.member':
    'Представитель организации — члена сети может подписать заявление от её имени, войдя в систему. Другие организации могут подать заявку на членство.',
  'mail.statementInvitation.apply': 'Подать заявку на членство',
  'mail.statementChanged.subject': 'Заявление изменилось: {title}',
  'mail.statementChanged.heading': 'Подписанное вами заявление изменилось',
  'mail.statementChanged.body':
    'Организация {lead} изменила заявление «{title}» после того, как ваша организация его подписала (теперь версия {version}). Ваша подпись относится к более ранней версии и не будет передана, если ваша организация не подтвердит новый текст.',
  'mail.statementChanged.read': 'Прочитайте новый текст и подтвердите подпись',
  'mail.statementSubmitted.subject': 'Заявление доставлено: {title}',
  'mail.statementSubmitted.heading': 'Заявление доставлено: {body}',
  'mail.statementSubmitted.body':
    'Организация {lead} доставила заявление «{title}», подписанное {count, plural, one {# организацией} few {# организациями} many {# организациями} other {# организации}}. Контрольная сумма: {hash}.',
  'mail.statementSubmitted.record': 'Публичная запись',
  'mail.submissionAcknowledged.subject': 'Получено: {title}',
  'mail.submissionAcknowledged.heading': 'Орган {body} подтвердил получение заявления',
  'mail.submissionAcknowledged.body':
    'Орган {body} подтвердил получение заявления «{title}» {acknowledgedAt}.',
  'mail.submissionAcknowledged.diary': 'Регистрационный номер: {diaryNumber}',
  'mail.submissionAnswered.subject': 'Ответ на заявление: {title}',
  'mail.submissionAnswered.heading': 'Орган {body} ответил на заявление',
  'mail.submissionAnswered.body': 'Как было учтено заявление «{title}»: {answer}.',
  'mail.submissionAnswered.explanation': '{explanation}',
  'mail.submissionAnswered.decision': 'Решение',
  'mail.submissionAnswered.record': 'Публичная запись',
  'mail.cosignReminder.subject': 'Напоминание: подписание закрывается {cosignDeadlineAt}',
  'mail.cosignReminder.heading': 'Подписание заявления «{title}» скоро закроется',
  'mail.cosignReminder.body':
    'Подписание закрывается {cosignDeadlineAt}. Текущий текст {count, plural, one {подписала # организация} few {подписали # организации} many {подписали # организаций} other {подписали # организации}}. Подайте заявление до окончания срока консультации ({statementDeadlineAt}).',
  'mail.cosignReminder.open': 'Открыть заявление',
  'mail.acknowledgeReminder.subject': 'Ещё не подтверждено: {title}',
  'mail.acknowledgeReminder.heading': 'Заявление ожидает подтверждения получения',
  'mail.acknowledgeReminder.body':
    'Организация {lead} направила {submittedAt} органу {body} заявление «{title}» ({count, plural, one {# организация} few {# организации} many {# организаций} other {# организации}}), но его получение ещё не подтверждено.',
  'mail.acknowledgeReminder.inbox': 'Подтвердите получение здесь',
  'mail.minutesPublished.subject': 'Протокол: {title}',
  'mail.minutesPublished.heading': 'Протокол встречи опубликован',
  'mail.minutesPublished.body': 'Протокол встречи «{title}» опубликован в Kaiutin.',
  'mail.minutesPublished.decisions': 'Встреча решила:\n\n{decisions}',
  'mail.minutesPublished.next': 'Следующая встреча: {nextTime}.',
  'mail.minutesPublished.read': 'Читать протокол',
  'mail.datePollRequest.subject': 'Когда встретимся в следующий раз? {title}',
  'mail.datePollRequest.heading': 'Выберите даты следующей встречи',
  'mail.datePollRequest.body':
    'На встрече «{title}» дату следующей встречи решили выбрать опросом. Укажите, какие варианты вам подходят; ответ можно изменить, пока дата не решена.',
  'mail.datePollRequest.answer': 'Ответить на опрос',
  'mail.meetingFeedback.subject': 'Отзыв о встрече: {title}',
  'mail.meetingFeedback.heading': 'Как прошла встреча?',
  'mail.meetingFeedback.body':
    'Спасибо за участие во встрече «{title}» {startsAt}. Расскажите за минуту, как она прошла: оценка от 1 до 5 и, если хотите, несколько слов.',
  'mail.meetingFeedback.anonymous':
    'Ответ анонимный: он сохраняется без вашего имени и адреса, а по ссылке можно ответить один раз.',
  'mail.meetingFeedback.answer': 'Оставить отзыв',
  'mail.networkSurvey.subject': 'Опрос сети о прошедшем годе {year}',
  'mail.networkSurvey.heading': 'Каким был год сети {year}?',
  'mail.networkSurvey.body':
    'Координатор спрашивает представителей каждой организации-участницы, как прошёл год сети: оценка от 1 до 5, что получилось и что стоит изменить.',
  'mail.networkSurvey.introduction': '{introduction}',
  'mail.networkSurvey.anonymous':
    'Ответ анонимный: он сохраняется без вашего имени и названия организации, ответить можно один раз.',
  'mail.networkSurvey.answer': 'Ответить на опрос',
  'mail.meetingInvitation.subject': 'Приглашение: {title} ({startsAt})',
  'mail.meetingInvitation.heading': '{title}',
  'mail.meetingInvitation.body':
    '{host} приглашает вас на встречу сети (серия: {series}). Встреча открыта для всех, кто занимается интеграцией.',
  'mail.meetingInvitation.time': 'Время: {startsTime} – {endsTime} (по финскому времени)',
  'mail.meetingInvitation.theme': 'Тема: {theme}',
  'mail.meetingInvitation.place': 'Место: {address}',
  'mail.meetingInvitation.directions': 'Как добраться: {directions}',
  'mail.meetingInvitation.online': 'Участвовать онлайн',
  'mail.meetingInvitation.agenda': 'Программа:\n\n{agenda}',
  'mail.meetingInvitation.calendar': 'Приглашение для календаря во вложении.',
  'mail.meetingInvitation.register': 'Зарегистрируйтесь на странице встречи',
  'mail.meetingReminder.subject': 'Напоминание: {title} ({startsAt})',
  'mail.meetingReminder.heading': 'Скоро встреча «{title}»',
  'mail.meetingReminder.body': 'Вы зарегистрировались на встречу «{title}». Добро пожаловать!',
  'mail.meetingReminder.cancel': 'Не сможете прийти? Отмените регистрацию',
  'mail.meetingReminder.open': 'Открыть страницу встречи',
  'mail.registrationConfirm.subject': 'Подтвердите регистрацию: {title}',
  'mail.registrationConfirm.heading': 'Подтвердите регистрацию',
  'mail.registrationConfirm.body':
    'Вы зарегистрировались на «{title}» ({startsTime}). Место закрепляется только после подтверждения адреса в течение {hours} ч.',
  'mail.registrationConfirm.confirm': 'Подтвердить регистрацию',
  'mail.registrationConfirm.ignore':
    'Если вы не регистрировались, просто проигнорируйте это письмо: ничего не бронируется.',
  'mail.registrationConfirmed.subject': 'Регистрация подтверждена: {title}',
  'mail.registrationConfirmed.heading': 'Ваша регистрация подтверждена',
  'mail.registrationConfirmed.registered': '{registeredName}, у вас есть место на «{title}».',
  'mail.registrationConfirmed.waiting':
    '{waitingName}, на «{title}» мест нет: вы под номером {queuePlace} в листе ожидания. Если место освободится, оно достанется вам в порядке очереди, и мы сообщим.',
  'mail.registration.when': 'Время: {startsTime}',
  'mail.registration.where': 'Место: {address}',
  'mail.registration.online': 'Ссылка для участия онлайн',
  'mail.registration.cancel': 'Отменить регистрацию',
  'mail.registrationPromoted.subject': 'Вам досталось место: {title}',
  'mail.registrationPromoted.heading': 'Для вас освободилось место',
  'mail.registrationPromoted.body': '{name}, на «{title}» освободилось место, и теперь оно ваше.',
  'mail.registrationCancelled.subject': 'Регистрация отменена: {title}',
  'mail.registrationCancelled.heading': 'Ваша регистрация отменена',
  'mail.registrationCancelled.body': '{name}, ваша регистрация на «{title}» отменена.',
  'mail.registrationCancelled.again': 'Страница встречи',
  'mail.trayPartnerInvited.subject': 'Приглашение в интеграционный каталог: {organisation}',
  'mail.trayPartnerInvited.heading': '{organisation} в интеграционном каталоге',
  'mail.trayPartnerInvited.body':
    'Координатор сети пригласил организацию {organisation} в интеграционный каталог как партнёра и назначил вас её представителем в Kaiutin. Войдите, чтобы описать деятельность организации в каталоге и поддерживать её данные в актуальном состоянии. Партнёр не является членом сети. Если вы не ожидали этого письма, просто проигнорируйте его.',
  'mail.peerRequest.subject': '{organisation} приглашает вас как равного наставника',
  'mail.peerRequest.heading': 'Запрос от {organisation}',
  'mail.peerRequest.body':
    '{name}, {organisation} хотела бы пригласить вас как равного наставника. Вот их запрос:',
  'mail.peerRequest.purpose': 'Для чего: {purpose}',
  'mail.peerRequest.when': 'Когда: {when}',
  'mail.peerRequest.contacts':
    'Ваши контактные данные будут переданы организации, только если вы ответите «да»; тогда вы получите и их контакты.',
  'mail.peerRequest.answerBy': 'Пожалуйста, ответьте до {answerByAt}.',
  'mail.peerRequest.yes': 'Ответить «да»',
  'mail.peerRequest.no': 'Ответить «нет»',
  'mail.peerRequestAccepted.subject': '{leader} ответил(а) «да» на ваш запрос',
  'mail.peerRequestAccepted.heading': '{leader} ответил(а) «да»',
  'mail.peerRequestAccepted.body': '{leader} принял(а) запрос организации {organisation}.',
  'mail.peerRequestAccepted.contact': 'Свяжитесь напрямую: {leader}, {leaderEmail}.',
  'mail.peerRequestAccepted.open': 'Запросы организации',
  'mail.peerRequestContact.subject': 'Контакты: {organisation}',
  'mail.peerRequestContact.heading': 'Вы ответили «да»: {organisation}',
  'mail.peerRequestContact.body':
    '{name}, спасибо. Вы приняли запрос организации {organisation}; им отправлены ваше имя и адрес электронной почты.',
  'mail.peerRequestContact.contacts': 'Представители организации: {contacts}.',
  'mail.peerRequestContact.open': 'Запрос',
  'mail.peerRequestDeclined.subject': '{leader} не может принять ваш запрос',
  'mail.peerRequestDeclined.heading': '{leader} ответил(а) «нет»',
  'mail.peerRequestDeclined.body':
    '{leader} отклонил(а) запрос организации {organisation}. Контактными данными не обменивались. Вы можете найти другого равного наставника в Kaiutin.',
  'mail.peerLeaderInvited.subject': 'Приглашение в банк равных наставников Kaiutin',
  'mail.peerLeaderInvited.heading': 'Вас пригласили в банк равных наставников',
  'mail.peerLeaderInvited.body':
    'Координатор сети приглашает вас в банк равных наставников Kaiutin. В банке организации-члены находят обученного равного наставника по языку, муниципалитету и теме и могут отправить вам запрос, на который вы сами ответите «да» или «нет».',
  'mail.peerLeaderInvited.consent':
    'Ваш профиль существует только с вашего явного согласия, и вы сами выбираете, кто его видит. Вы можете отозвать согласие в любое время, и тогда профиль будет сразу удалён.',
  'mail.peerLeaderInvited.open': 'Войти и решить',
  'mail.translatorInvited.subject': 'Приглашение переводить для Kaiutin',
  'mail.translatorInvited.heading': 'Переводите для сети',
  'mail.translatorInvited.body':
    'Координатор сети приглашает вас переводить то, что публикует Kaiutin: краткие изложения консультаций, заявления, приглашения на встречи и протоколы, а также мероприятия интеграционного каталога. Ваши языки: {languages}.',
  'mail.translatorInvited.work':
    'Запросы на ваших языках ждут на рабочем столе переводчика: возьмите запрос, напишите перевод рядом с оригиналом и отправьте его; другой переводчик или координатор проверит и опубликует его. О новых запросах вы получаете не больше одной сводки в день.',
  'mail.translatorInvited.leave':
    'Вы можете в любое время изменить свои языки или отказаться от роли в Kaiutin.',
  'mail.translatorInvited.open': 'Открыть рабочий стол переводчика',
  'mail.translationSummary.subject':
    '{count, plural, one {# запрос на перевод} few {# запроса на перевод} many {# запросов на перевод} other {# запроса на перевод}} на ваших языках',
  'mail.translationSummary.heading': 'Вас ждут запросы на перевод',
  'mail.translationSummary.body':
    'Эти тексты ждут переводчика на ваших языках, сначала самые новые. Возьмите запрос на рабочем столе, прежде чем начать, чтобы никто другой не переводил его одновременно с вами.',
  'mail.translationSummary.open': 'Открыть рабочий стол переводчика',
  'mail.translationUntaken.subject':
    '{count, plural, one {# запрос на перевод} few {# запроса на перевод} many {# запросов на перевод} other {# запроса на перевод}} без переводчика спустя {hours} ч',
  'mail.translationUntaken.heading': 'Запросы на перевод, которые никто не взял',
  'mail.translationUntaken.body':
    'Никто не взял эти запросы на перевод в течение {hours} ч. Найдите переводчика для этого языка или назначьте роль тому, кто на нём работает.',
  'mail.translationUntaken.open': 'Запросы на перевод',
};

export const submission: MailMessages['submission'] = {
  'mail.submission.subject':
    'Заявление: {title} ({count, plural, one {# организация} few {# организации} many {# организаций} other {# организации}})',
  'mail.submission.heading': 'Совместное заявление: {consultation}',
  'mail.submission.intro':
    'Организация {lead} направляет органу {body} совместное заявление {count, plural, one {# организации} few {# организаций} many {# организаций} other {# организации}} по вопросу «{consultation}». Текст приводится ниже точно в том виде, в котором он был подписан.',
  'mail.submission.translation': 'Тот же текст ({language}):',
  'mail.submission.signatories': 'Подписали ({count}):',
  'mail.submission.mandateStanding': '{organisation} — постоянные полномочия, подписано {signedAt}',
  'mail.submission.mandateDecision':
    '{organisation} — решение от {decidedOn}, принявший орган: {decidedBy}; подписано {signedAt}',
  'mail.submission.board': 'правление или собрание',
  'mail.submission.record': 'Публичная запись с тем же текстом и подписавшими',
  'mail.submission.hash':
    'Контрольная сумма (SHA-256): {hash}. В публичной записи указана та же сумма, поэтому вы можете проверить, что полученный вами текст — именно тот, который подписали организации.',
  'mail.submission.acknowledge': 'Пожалуйста, подтвердите получение и отметьте, как заявление было учтено',
};

export const alerts: MailMessages['alerts'] = {
  'alert.kind.upcoming-decision': 'Предстоящее решение',
  'alert.kind.consultation': 'Запрос мнений',
  'alert.kind.hearing': 'Слушание',
  'alert.kind.survey': 'Опрос',
  'alert.kind.initiative': 'Инициатива жителей',
  'alert.updatedPrefix': '[Обновлено] ',
  'alert.subject': '{kind}: {title} – заявления до {deadline}',
  'alert.subjectNoDeadline': '{kind}: {title}',
  'alert.body': '{body}: {kind}.',
  'alert.deadline': 'Заявления принимаются до {deadline}.',
  'alert.decisionDate': 'Решение планируется принять {date}.',
  'alert.readMore': 'Подробнее и подготовка заявления',
  'alert.unsubscribe': 'Отказаться от этих уведомлений',
  'alert.translated':
    'Перевод выполнен и проверен переводчиком-волонтёром сети Kaiutin. Оригинальный текст — на веб-странице.',
  'alert.followUp.subject': 'Теперь на вашем языке: {title}',
  'alert.followUp.lead':
    'Ранее вы получили уведомление об этом на языке оригинала. Теперь оно переведено на ваш язык.',
  'alert.followUp.read': 'Читать на вашем языке',
};

export const digest: MailMessages['digest'] = {
  'digest.subject': 'Еженедельная сводка Kaiutin: новых — {count}',
  'digest.heading': 'Новые и обновлённые консультации',
};

export const meetingAgenda: MailMessages['meetingAgenda'] = {
  'mail.agendaKind.news-round': 'круг новостей',
  'mail.agendaKind.presentation': 'презентация',
  'mail.agendaKind.workshop': 'семинар',
  'mail.agendaKind.discussion': 'обсуждение',
  'mail.agendaKind.decision': 'решение',
};
