import type { Messages } from './fi.ts';

export const ar: Messages = {
  'app.name': 'Kaiutin',
  'app.tagline': 'صوت الجمعيات المشترك إلى البلديات',
  'nav.label': 'القائمة الرئيسية',
  'nav.home': 'الصفحة الرئيسية',
  'nav.status': 'حالة الخدمة',
  'nav.skipToContent': 'انتقل إلى المحتوى',
  'language.label': 'اللغة',
  'footer.text': 'Kaiutin خدمة للمناصرة والتشاور لشبكة من الجمعيات متعددة الثقافات.',
  'home.title': 'أسمِع صوتك في الوقت المناسب',
  'home.lead': 'يُعلم Kaiutin الجمعيات بقرارات البلدية القادمة والمشاورات فور معرفتها، وبلغتها الخاصة.',
  'home.statements':
    'تكتب الجمعيات بيانات مشتركة، وتوقّع عليها المنظمات الأعضاء الأخرى، ويوصلها Kaiutin إلى الموظف المسؤول. يبقى كل ما تم تسليمه وردود البلدية متاحًا للعموم.',
  'status.title': 'حالة الخدمة',
  'status.checking': 'جارٍ التحقق…',
  'status.ok': 'الخدمة تعمل. قاعدة البيانات تستجيب.',
  'status.down': 'لا يمكن الوصول إلى الخدمة الآن. حاول مرة أخرى بعد قليل.',
  'status.checkedAt': 'تم التحقق في {time}',
  'status.recheck': 'تحقق مرة أخرى',
  'notFound.title': 'الصفحة غير موجودة',
  'notFound.text': 'لا توجد صفحة على هذا العنوان. عُد إلى الصفحة الرئيسية.',
  'mail.footer': 'أُرسلت هذه الرسالة من Kaiutin: {url}',
  'mail.applicationReceipt.subject': 'تم استلام طلب العضوية: {organisation}',
  'mail.applicationReceipt.heading': 'شكرًا على طلب العضوية',
  'mail.applicationReceipt.body':
    'استلمنا طلب عضوية {organisation} بتاريخ {date}. سيراجع منسق الشبكة الطلب ويتواصل معكم.',
  'mail.applicationReceipt.principles': 'وافق الطلب على أهداف الشبكة ومبادئ عملها، الإصدار {version}.',
};
