import type { CommonMessages } from './fi.ts';

export const ar: CommonMessages = {
  'submission.outcome.taken-into-account': 'أُخذ بعين الاعتبار',
  'submission.outcome.partly': 'أُخذ بعين الاعتبار جزئيًا',
  'submission.outcome.not-taken-into-account': 'لم يُؤخذ بعين الاعتبار',
  'submission.outcome.decision-pending': 'لم يُتّخذ القرار بعد',
  'removal.ground.unreachable': 'لا يمكن التواصل مع المنظمة رغم المحاولات المتكررة',
  'removal.ground.criteria': 'المنظمة لا تستوفي معايير العضوية في الشبكة',
  'removal.ground.hinders': 'المنظمة تتصرف بطريقة تعيق الاندماج بشكل واضح',
  'removal.outcome.removed': 'تُنهى عضوية المنظمة في الشبكة',
  'removal.outcome.kept': 'تبقى المنظمة عضوًا في الشبكة',
};
