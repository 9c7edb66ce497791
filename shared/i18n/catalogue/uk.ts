import type { Messages } from './fi.ts';

export const uk: Messages = {
  'app.name': 'Kaiutin',
  'app.tagline': "Спільний голос об'єднань для муніципалітетів",
  'nav.label': 'Головне меню',
  'nav.home': 'Головна',
  'nav.status': 'Стан сервісу',
  'nav.skipToContent': 'Перейти до змісту',
  'language.label': 'Мова',
  'footer.text': "Kaiutin — сервіс впливу та консультацій мережі мультикультурних об'єднань.",
  'home.title': 'Впливайте вчасно',
  'home.lead':
    "Kaiutin повідомляє об'єднанням про майбутні муніципальні рішення та консультації, щойно про них стає відомо, їхньою рідною мовою.",
  'home.statements':
    "Об'єднання складають спільні заяви, інші організації-члени підписують їх, а Kaiutin доставляє їх відповідальній посадовій особі. Усе доставлене та відповіді муніципалітету залишаються у відкритому доступі.",
  'status.title': 'Стан сервісу',
  'status.checking': 'Перевіряємо…',
  'status.ok': 'Сервіс працює. База даних відповідає.',
  'status.down': 'Сервіс зараз недоступний. Спробуйте ще раз за хвилину.',
  'status.checkedAt': 'Перевірено {time}',
  'status.recheck': 'Перевірити знову',
  'notFound.title': 'Сторінку не знайдено',
  'notFound.text': 'За цією адресою немає сторінки. Поверніться на головну.',
  'mail.footer': 'Це повідомлення надіслано сервісом Kaiutin: {url}',
  'mail.applicationReceipt.subject': 'Заявку на членство отримано: {organisation}',
  'mail.applicationReceipt.heading': 'Дякуємо за заявку на членство',
  'mail.applicationReceipt.body':
    "Ми отримали заявку на членство організації {organisation} {date}. Координатор мережі розгляне її та зв'яжеться з вами.",
  'mail.applicationReceipt.principles': 'У заявці прийнято цілі та принципи роботи мережі, версія {version}.',
};
