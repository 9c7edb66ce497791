import type { Messages } from './fi.ts';

export const ru: Messages = {
  'app.name': 'Kaiutin',
  'app.tagline': 'Общий голос объединений для муниципалитетов',
  'nav.label': 'Главное меню',
  'nav.home': 'Главная',
  'nav.status': 'Состояние сервиса',
  'nav.skipToContent': 'Перейти к содержанию',
  'language.label': 'Язык',
  'footer.text': 'Kaiutin — сервис влияния и консультаций сети мультикультурных объединений.',
  'home.title': 'Влияйте вовремя',
  'home.lead':
    'Kaiutin сообщает объединениям о предстоящих муниципальных решениях и консультациях, как только о них становится известно, на их родном языке.',
  'home.statements':
    'Объединения составляют совместные заявления, другие организации-члены подписывают их, и Kaiutin доставляет их ответственному должностному лицу. Всё доставленное и ответы муниципалитета остаются в открытом доступе.',
  'status.title': 'Состояние сервиса',
  'status.checking': 'Проверяем…',
  'status.ok': 'Сервис работает. База данных отвечает.',
  'status.down': 'Сервис сейчас недоступен. Попробуйте ещё раз через минуту.',
  'status.checkedAt': 'Проверено {time}',
  'status.recheck': 'Проверить снова',
  'notFound.title': 'Страница не найдена',
  'notFound.text': 'По этому адресу нет страницы. Вернитесь на главную.',
  'mail.footer': 'Это сообщение отправлено сервисом Kaiutin: {url}',
  'mail.applicationReceipt.subject': 'Заявка на членство получена: {organisation}',
  'mail.applicationReceipt.heading': 'Спасибо за заявку на членство',
  'mail.applicationReceipt.body':
    'Мы получили заявку на членство организации {organisation} {date}. Координатор сети рассмотрит её и свяжется с вами.',
  'mail.applicationReceipt.principles': 'В заявке приняты цели и принципы работы сети, версия {version}.',
};
