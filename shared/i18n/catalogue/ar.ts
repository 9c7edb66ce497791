import type { Messages } from './fi.ts';

export const ar: Partial<Messages> = {
  'app.tagline': 'صوت الجمعيات المشترك إلى البلديات',
  'nav.label': 'القائمة الرئيسية',
  'nav.home': 'الصفحة الرئيسية',
  'nav.status': 'حالة الخدمة',
  'nav.skipToContent': 'انتقل إلى المحتوى',
  'language.label': 'اللغة',
  'home.title': 'أسمِع صوتك في الوقت المناسب',
  'status.title': 'حالة الخدمة',
  'status.checking': 'جارٍ التحقق…',
  'status.ok': 'الخدمة تعمل. قاعدة البيانات تستجيب.',
  'status.recheck': 'تحقق مرة أخرى',
  'notFound.title': 'الصفحة غير موجودة',
};
