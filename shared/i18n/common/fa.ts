import type { CommonMessages } from './fi.ts';

export const fa: CommonMessages = {
  'submission.outcome.taken-into-account': 'در نظر گرفته شد',
  'submission.outcome.partly': 'تا حدی در نظر گرفته شد',
  'submission.outcome.not-taken-into-account': 'در نظر گرفته نشد',
  'submission.outcome.decision-pending': 'هنوز تصمیمی گرفته نشده است',
  'removal.ground.unreachable': 'با وجود تلاش‌های مکرر، دسترسی به سازمان ممکن نیست',
  'removal.ground.criteria': 'سازمان معیارهای عضویت در شبکه را ندارد',
  'removal.ground.hinders': 'سازمان به شیوه‌ای عمل می‌کند که آشکارا مانع ادغام مهاجران در جامعه می‌شود',
  'removal.outcome.removed': 'عضویت سازمان در شبکه لغو می‌شود',
  'removal.outcome.kept': 'سازمان همچنان عضو شبکه می‌ماند',
};
