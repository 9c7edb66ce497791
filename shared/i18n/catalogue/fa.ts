import type { Messages } from './fi.ts';

export const fa: Messages = {
  'app.name': 'Kaiutin',
  'app.tagline': 'صدای مشترک انجمن‌ها برای شهرداری‌ها',
  'nav.label': 'منوی اصلی',
  'nav.home': 'صفحهٔ اصلی',
  'nav.status': 'وضعیت سرویس',
  'nav.skipToContent': 'رفتن به محتوا',
  'language.label': 'زبان',
  'footer.text': 'Kaiutin سرویس اثرگذاری و مشورت شبکه‌ای از انجمن‌های چندفرهنگی است.',
  'home.title': 'به‌موقع اثر بگذارید',
  'home.lead':
    'Kaiutin انجمن‌ها را از تصمیم‌های آیندهٔ شهرداری و نظرخواهی‌ها، به محض اینکه معلوم شوند، به زبان خودشان باخبر می‌کند.',
  'home.statements':
    'انجمن‌ها بیانیه‌های مشترک می‌نویسند، سازمان‌های عضو دیگر آن‌ها را امضا می‌کنند و Kaiutin آن‌ها را به مسئول مربوطه می‌رساند. همهٔ موارد ارسال‌شده و پاسخ‌های شهرداری به‌صورت عمومی باقی می‌مانند.',
  'status.title': 'وضعیت سرویس',
  'status.checking': 'در حال بررسی…',
  'status.ok': 'سرویس کار می‌کند. پایگاه داده پاسخ می‌دهد.',
  'status.down': 'در حال حاضر دسترسی به سرویس ممکن نیست. کمی بعد دوباره امتحان کنید.',
  'status.checkedAt': 'بررسی‌شده در {time}',
  'status.recheck': 'بررسی دوباره',
  'notFound.title': 'صفحه پیدا نشد',
  'notFound.text': 'در این نشانی صفحه‌ای وجود ندارد. به صفحهٔ اصلی برگردید.',
  'mail.footer': 'این پیام از Kaiutin فرستاده شده است: {url}',
  'mail.applicationReceipt.subject': 'درخواست عضویت دریافت شد: {organisation}',
  'mail.applicationReceipt.heading': 'از درخواست عضویت شما سپاسگزاریم',
  'mail.applicationReceipt.body':
    'درخواست عضویت {organisation} را در تاریخ {date} دریافت کردیم. هماهنگ‌کنندهٔ شبکه آن را بررسی می‌کند و با شما تماس می‌گیرد.',
  'mail.applicationReceipt.principles': 'در این درخواست، اهداف و اصول کار شبکه پذیرفته شد، نسخهٔ {version}.',
};
