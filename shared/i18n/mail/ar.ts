import type { MailMessages } from './fi.ts';

export const layout: MailMessages['layout'] = {
  'mail.footer': 'أُرسلت هذه الرسالة من Kaiutin',
};

export const signIn: MailMessages['signIn'] = {
  'mail.signInCode.subject': 'رمز تسجيل الدخول إلى Kaiutin: {code}',
  'mail.signInCode.heading': 'رمز تسجيل الدخول الخاص بكم',
  'mail.signInCode.body':
    'رمزكم هو {code}. وهو صالح لمدة {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}} ويمكن استخدامه مرة واحدة فقط.',
  'mail.signInCode.link': 'يمكنكم أيضًا تسجيل الدخول عبر هذا الرابط',
  'mail.signInCode.ignore': 'إذا لم تطلبوا رمزًا، يمكنكم تجاهل هذه الرسالة.',
};

export const notices: MailMessages['notices'] = {
  'mail.applicationReceipt.subject': 'تم استلام طلب العضوية',
  'mail.applicationReceipt.heading': 'شكرًا على طلب العضوية',
  'mail.applicationReceipt.body':
    'استلمنا بتاريخ {submittedAt} طلب عضوية ذُكر فيه هذا العنوان عنوانًا للتواصل. سيراجع منسق الشبكة الطلب ويكتب إليكم على هذا العنوان عند البت فيه. إذا لم ترسلوا هذا الطلب، يمكنكم تجاهل هذه الرسالة.',
  'mail.applicationReceipt.principles': 'وافق الطلب على أهداف الشبكة ومبادئ عملها، الإصدار {version}.',
  'mail.signInHint': 'سجّلوا الدخول باستخدام عنوان البريد الإلكتروني هذا',
  'mail.applicationApproved.subject': 'مرحبًا بكم في الشبكة: {organisation}',
  'mail.applicationApproved.heading': 'أصبحت منظمة {organisation} الآن عضوًا في الشبكة',
  'mail.applicationApproved.body':
    'وافق المنسق على طلب العضوية. تم تعيينكم بصفة ممثل للمنظمة: يمكنكم الاشتراك في التنبيهات، وكتابة البيانات والتوقيع عليها نيابةً عن المنظمة.',
  'mail.applicationRejected.subject': 'لم تتم الموافقة على طلب العضوية',
  'mail.applicationRejected.heading': 'لم تتم الموافقة على طلب العضوية',
  'mail.applicationRejected.body':
    'لم يوافق المنسق على طلب العضوية المرسل بتاريخ {submittedAt} بعنوان التواصل هذا. السبب: {reason}',
  'mail.representativeAdded.subject': 'تم تعيينكم ممثلًا في Kaiutin',
  'mail.representativeAdded.heading': 'ممثل في Kaiutin',
  'mail.representativeAdded.body':
    'عيّنتكم إحدى المنظمات الأعضاء في الشبكة ممثلًا لها في Kaiutin. سجّلوا الدخول لمعرفة أي منظمة. إذا لم تتوقعوا ذلك، يمكنكم تجاهل هذه الرسالة.',
  'mail.officerAdded.subject': 'Kaiutin: {body}',
  'mail.officerAdded.heading': 'تمت إضافتكم بصفة موظف مسؤول',
  'mail.officerAdded.body':
    'تمت إضافتكم في Kaiutin بصفة موظف مسؤول لدى الهيئة {body}. ستصلكم البيانات الموجّهة إلى هذه الهيئة، ويمكنكم نشر المشاورات.',
  'mail.organisationResigned.subject': 'إشعار انسحاب: {organisation}',
  'mail.organisationResigned.heading': 'انسحبت منظمة {organisation} من الشبكة',
  'mail.organisationResigned.body':
    'أبلغت منظمة {organisation} بتاريخ {resignedAt} عن انسحابها من الشبكة. السبب: {reason}',
  'mail.removalOpened.subject': 'طلب توضيح: {organisation}',
  'mail.removalOpened.heading': 'ينظر المنسق في إنهاء العضوية',
  'mail.removalOpened.body':
    'ينظر المنسق في إنهاء عضوية منظمة {organisation} في الشبكة. الأساس: {ground}. {explanation}',
  'mail.removalOpened.respond': 'يمكنكم تقديم توضيحكم في موعد أقصاه {deadlineAt}',
  'mail.removalResponded.subject': 'وصل التوضيح: {organisation}',
  'mail.removalResponded.heading': 'قدّمت منظمة {organisation} توضيحها',
  'mail.removalResponded.body': 'ردّت منظمة {organisation} على طلب التوضيح. اقرأوا الرد واتخذوا القرار.',
  'mail.removalResponded.read': 'اقرأوا التوضيح',
  'mail.removalDecided.subject': 'القرار: {organisation}',
  'mail.removalDecided.heading': 'اتخذ المنسق قرارًا',
  'mail.removalDecided.body': 'القرار بشأن منظمة {organisation}: {outcome}. السبب: {reason}',
  'mail.confirmSubscription.subject': 'أكّدوا اشتراككم في تنبيهات Kaiutin',
  'mail.confirmSubscription.heading': 'أكّدوا الاشتراك',
  'mail.confirmSubscription.body':
    'اشترك شخص ما (نأمل أن تكونوا أنتم) بهذا العنوان في تنبيهات Kaiutin حول قرارات البلدية والاستشارات. أكّدوا خلال {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}.',
  'mail.confirmSubscription.confirm': 'تأكيد الاشتراك',
  'mail.confirmSubscription.ignore': 'إذا لم تشتركوا، يمكنكم تجاهل هذه الرسالة: لن تصلكم أي رسائل.',
  'mail.statementOpened.subject': 'مفتوح للتوقيع المشترك: {title}',
  'mail.statementOpened.heading': 'بيان مشترك مفتوح للتوقيع',
  'mail.statementOpened.body':
    'تدعو منظمة {lead} المنظمات الأعضاء إلى التوقيع على البيان المشترك «{title}» بشأن «{consultation}». آخر موعد للتوقيع {cosignDeadlineAt}.',
  'mail.statementOpened.read': 'اقرأوا البيان ووقّعوا عليه',
  'mail.statementInvitation.subject': 'دعوة إلى التوقيع: {title}',
  'mail.statementInvitation.heading': 'تدعوكم منظمة {lead} إلى التوقيع على بيان مشترك',
  'mail.statementInvitation.message': 'رسالة من منظمة {lead}: {message}',
  'mail.statementInvitation.member':
    'يمكن لممثل منظمة عضو في الشبكة التوقيع نيابةً عنها بعد تسجيل الدخول. ويمكن للمنظمات الأخرى التقدّم بطلب عضوية.',
  'mail.statementInvitation.apply': 'قدّموا طلب عضوية',
  'mail.statementChanged.subject': 'تغيّر البيان: {title}',
  'mail.statementChanged.heading': 'تغيّر بيان وقّعتم عليه',
  'mail.statementChanged.body':
    'عدّلت منظمة {lead} البيان «{title}» بعد أن وقّعت عليه منظمتكم (الإصدار الحالي {version}). توقيعكم على إصدار سابق، ولن يُسلَّم ما لم تؤكد منظمتكم النص الجديد.',
  'mail.statementChanged.read': 'اقرأوا النص الجديد وأكّدوا توقيعكم',
  'mail.statementSubmitted.subject': 'تم تسليم البيان: {title}',
  'mail.statementSubmitted.heading': 'تم تسليم البيان إلى {body}',
  'mail.statementSubmitted.body':
    'سلّمت منظمة {lead} البيان «{title}» موقّعًا من {count, plural, zero {# منظمة} one {منظمة واحدة} two {منظمتين} few {# منظمات} many {# منظمة} other {# منظمة}}. بصمة المحتوى: {hash}.',
  'mail.statementSubmitted.record': 'السجل العام',
  'mail.submissionAcknowledged.subject': 'تم الاستلام: {title}',
  'mail.submissionAcknowledged.heading': 'أكّدت الهيئة {body} استلام البيان',
  'mail.submissionAcknowledged.body': 'أكّدت الهيئة {body} بتاريخ {acknowledgedAt} استلام البيان «{title}».',
  'mail.submissionAcknowledged.diary': 'رقم القيد: {diaryNumber}',
  'mail.submissionAnswered.subject': 'الرد على البيان: {title}',
  'mail.submissionAnswered.heading': 'ردّت الهيئة {body} على البيان',
  'mail.submissionAnswered.body': 'كيف أُخذ البيان «{title}» بعين الاعتبار: {answer}.',
  'mail.submissionAnswered.explanation': '{explanation}',
  'mail.submissionAnswered.decision': 'القرار',
  'mail.submissionAnswered.record': 'السجل العام',
  'mail.cosignReminder.subject': 'تذكير: يُغلق التوقيع في {cosignDeadlineAt}',
  'mail.cosignReminder.heading': 'يُغلق التوقيع على «{title}» قريبًا',
  'mail.cosignReminder.body':
    'يُغلق التوقيع في {cosignDeadlineAt}. وقّعت على النص الحالي {count, plural, zero {# منظمة} one {منظمة واحدة} two {منظمتان} few {# منظمات} many {# منظمة} other {# منظمة}}. قدّموا البيان قبل انتهاء موعد المشاورة ({statementDeadlineAt}).',
  'mail.cosignReminder.open': 'افتحوا البيان',
  'mail.acknowledgeReminder.subject': 'لم يُؤكَّد استلامه بعد: {title}',
  'mail.acknowledgeReminder.heading': 'بيان بانتظار تأكيد الاستلام',
  'mail.acknowledgeReminder.body':
    'قدّمت منظمة {lead} بتاريخ {submittedAt} البيان «{title}» ({count, plural, zero {# منظمة} one {منظمة واحدة} two {منظمتان} few {# منظمات} many {# منظمة} other {# منظمة}}) إلى الهيئة {body}، ولم يُؤكَّد استلامه بعد.',
  'mail.acknowledgeReminder.inbox': 'أكّدوا الاستلام من هنا',
  'mail.minutesPublished.subject': 'المحضر: {title}',
  'mail.minutesPublished.heading': 'نُشر محضر الاجتماع',
  'mail.minutesPublished.body': 'نُشر محضر اجتماع «{title}» على Kaiutin.',
  'mail.minutesPublished.decisions': 'قرر الاجتماع:\n\n{decisions}',
  'mail.minutesPublished.next': 'الاجتماع القادم: {nextTime}.',
  'mail.minutesPublished.read': 'اقرأ المحضر',
  'mail.datePollRequest.subject': 'متى نلتقي في المرة القادمة؟ {title}',
  'mail.datePollRequest.heading': 'اختر مواعيد الاجتماع القادم',
  'mail.datePollRequest.body':
    'في اجتماع «{title}» تُرك موعد الاجتماع القادم لاستطلاع. أخبرنا بالخيارات التي تناسبك؛ يمكنك تغيير إجابتك حتى يُحدَّد الموعد.',
  'mail.datePollRequest.answer': 'أجب عن الاستطلاع',
  'mail.meetingFeedback.subject': 'رأيكم في الاجتماع: {title}',
  'mail.meetingFeedback.heading': 'كيف كان الاجتماع؟',
  'mail.meetingFeedback.body':
    'شكرًا لمشاركتكم في «{title}» يوم {startsAt}. أخبرونا في دقيقة كيف كان: تقييم من 1 إلى 5، وبضع كلمات إن شئتم.',
  'mail.meetingFeedback.anonymous':
    'إجابتكم مجهولة الهوية: تُحفظ دون اسمكم أو عنوانكم، ويعمل الرابط مرة واحدة.',
  'mail.meetingFeedback.answer': 'أبدوا رأيكم',
  'mail.networkSurvey.subject': 'استبيان الشبكة لعام {year}',
  'mail.networkSurvey.heading': 'كيف كان عام الشبكة {year}؟',
  'mail.networkSurvey.body':
    'يسأل المنسق ممثلي كل منظمة عضو كيف مضى عام الشبكة: تقييم من 1 إلى 5، وما الذي نجح، وما الذي ينبغي تغييره.',
  'mail.networkSurvey.introduction': '{introduction}',
  'mail.networkSurvey.anonymous':
    'إجابتكم مجهولة الهوية: تُحفظ دون اسمكم أو اسم منظمتكم، ويمكنكم الإجابة مرة واحدة.',
  'mail.networkSurvey.answer': 'أجيبوا عن الاستبيان',
  'mail.meetingInvitation.subject': 'دعوة: {title} ({startsAt})',
  'mail.meetingInvitation.heading': '{title}',
  'mail.meetingInvitation.body':
    'تدعوكم {host} إلى اجتماع الشبكة (السلسلة: {series}). الاجتماع مفتوح لكل من يعمل في مجال الاندماج.',
  'mail.meetingInvitation.time': 'الوقت: {startsTime} – {endsTime} (بتوقيت فنلندا)',
  'mail.meetingInvitation.theme': 'الموضوع: {theme}',
  'mail.meetingInvitation.place': 'المكان: {address}',
  'mail.meetingInvitation.directions': 'كيفية الوصول: {directions}',
  'mail.meetingInvitation.online': 'شارك عبر الإنترنت',
  'mail.meetingInvitation.agenda': 'جدول الأعمال:\n\n{agenda}',
  'mail.meetingInvitation.calendar': 'دعوة التقويم مرفقة.',
  'mail.meetingInvitation.register': 'سجّل في صفحة الاجتماع',
  'mail.meetingReminder.subject': 'تذكير: {title} ({startsAt})',
  'mail.meetingReminder.heading': 'اجتماع «{title}» قريب',
  'mail.meetingReminder.body': 'لقد سجّلت في اجتماع «{title}». أهلاً وسهلاً!',
  'mail.meetingReminder.cancel': 'لا تستطيع الحضور؟ ألغِ تسجيلك',
  'mail.meetingReminder.open': 'افتح صفحة الاجتماع',
  'mail.registrationConfirm.subject': 'أكّدوا التسجيل: {title}',
  'mail.registrationConfirm.heading': 'أكّدوا تسجيلكم',
  'mail.registrationConfirm.body':
    'سجّلتم في «{title}» ({startsTime}). لا يُحجز المقعد إلا بعد تأكيد عنوانكم خلال {hours} ساعة.',
  'mail.registrationConfirm.confirm': 'تأكيد التسجيل',
  'mail.registrationConfirm.ignore': 'إن لم تسجّلوا، يمكنكم تجاهل هذه الرسالة: لن يُحجز شيء.',
  'mail.registrationConfirmed.subject': 'تم تأكيد التسجيل: {title}',
  'mail.registrationConfirmed.heading': 'تم تأكيد تسجيلكم',
  'mail.registrationConfirmed.registered': '{registeredName}، لديكم مقعد في «{title}».',
  'mail.registrationConfirmed.waiting':
    '{waitingName}، «{title}» ممتلئ: أنتم رقم {queuePlace} في قائمة الانتظار. إذا شغر مقعد فهو لكم حسب الدور، وسنخبركم.',
  'mail.registration.when': 'الوقت: {startsTime}',
  'mail.registration.where': 'المكان: {address}',
  'mail.registration.online': 'رابط المشاركة عن بُعد',
  'mail.registration.cancel': 'إلغاء التسجيل',
  'mail.registrationPromoted.subject': 'حصلتم على مقعد: {title}',
  'mail.registrationPromoted.heading': 'شغر مقعد لكم',
  'mail.registrationPromoted.body': '{name}، شغر مقعد في «{title}» وهو الآن لكم.',
  'mail.registrationCancelled.subject': 'أُلغي التسجيل: {title}',
  'mail.registrationCancelled.heading': 'أُلغي تسجيلكم',
  'mail.registrationCancelled.body': '{name}، أُلغي تسجيلكم في «{title}».',
  'mail.registrationCancelled.again': 'صفحة الاجتماع',
  'mail.trayPartnerInvited.subject': 'دعوة إلى دليل الاندماج: {organisation}',
  'mail.trayPartnerInvited.heading': '{organisation} في دليل الاندماج',
  'mail.trayPartnerInvited.body':
    'دعا منسّق الشبكة منظمة {organisation} إلى دليل الاندماج بصفتها شريكًا، وعيّنك ممثلًا لها في Kaiutin. سجّل الدخول لوصف أنشطة المنظمة في الدليل وتحديث بياناتها. الشريك ليس عضوًا في الشبكة. إذا لم تكن تتوقع هذه الرسالة فيمكنك تجاهلها.',
  'mail.peerRequest.subject': '{organisation} تطلبك مرشدًا من الأقران',
  'mail.peerRequest.heading': 'طلب من {organisation}',
  'mail.peerRequest.body': '{name}، تودّ {organisation} أن تكون مرشدًا من الأقران لديها. هذا ما تطلبه:',
  'mail.peerRequest.purpose': 'الغرض: {purpose}',
  'mail.peerRequest.when': 'الموعد: {when}',
  'mail.peerRequest.contacts':
    'لا تُرسل بيانات الاتصال الخاصة بك إلى المنظمة إلا إذا أجبت بنعم؛ وعندها تصلك بياناتهم أيضًا.',
  'mail.peerRequest.answerBy': 'يرجى الرد قبل {answerByAt}.',
  'mail.peerRequest.yes': 'الرد بنعم',
  'mail.peerRequest.no': 'الرد بلا',
  'mail.peerRequestAccepted.subject': 'وافق {leader} على طلبكم',
  'mail.peerRequestAccepted.heading': 'أجاب {leader} بنعم',
  'mail.peerRequestAccepted.body': 'قبل {leader} طلب {organisation}.',
  'mail.peerRequestAccepted.contact': 'تواصلوا مباشرة: {leader}، {leaderEmail}.',
  'mail.peerRequestAccepted.open': 'طلبات المنظمة',
  'mail.peerRequestContact.subject': 'بيانات الاتصال بـ {organisation}',
  'mail.peerRequestContact.heading': 'أجبت بنعم على {organisation}',
  'mail.peerRequestContact.body':
    '{name}، شكرًا لك. قبلت طلب {organisation}؛ وأُرسل إليهم اسمك وعنوان بريدك الإلكتروني.',
  'mail.peerRequestContact.contacts': 'ممثلو المنظمة: {contacts}.',
  'mail.peerRequestContact.open': 'الطلب',
  'mail.peerRequestDeclined.subject': 'لا يستطيع {leader} قبول طلبكم',
  'mail.peerRequestDeclined.heading': 'أجاب {leader} بلا',
  'mail.peerRequestDeclined.body':
    'اعتذر {leader} عن طلب {organisation}. لم تُتبادل أي بيانات اتصال. يمكنكم البحث عن مرشد آخر من الأقران في Kaiutin.',
  'mail.peerLeaderInvited.subject': 'دعوة إلى بنك قادة الأقران في Kaiutin',
  'mail.peerLeaderInvited.heading': 'تمت دعوتك إلى بنك قادة الأقران',
  'mail.peerLeaderInvited.body':
    'يدعوك منسق الشبكة إلى بنك قادة الأقران في Kaiutin. في البنك تجد المنظمات الأعضاء قائد أقران مدرَّبًا حسب اللغة والبلدية والموضوع، ويمكنها أن ترسل إليك طلبًا تجيب عنه بنفسك بنعم أو لا.',
  'mail.peerLeaderInvited.consent':
    'لا يوجد ملفك الشخصي إلا بموافقتك الصريحة، وأنت تختار من يراه. يمكنك سحب موافقتك في أي وقت، وعندها يُحذف الملف فورًا.',
  'mail.peerLeaderInvited.open': 'سجّل الدخول وقرّر',
  'mail.translatorInvited.subject': 'دعوة للترجمة لـ Kaiutin',
  'mail.translatorInvited.heading': 'ترجم للشبكة',
  'mail.translatorInvited.body':
    'يدعوك منسق الشبكة إلى ترجمة ما ينشره Kaiutin: ملخصات الاستشارات والبيانات ودعوات الاجتماعات ومحاضرها وأنشطة دليل الاندماج. لغاتك: {languages}.',
  'mail.translatorInvited.work':
    'تنتظر الطلبات بلغاتك على مكتب المترجم: خذ طلبًا، واكتب الترجمة بجانب النص الأصلي، ثم أرسلها؛ يراجعها مترجم آخر أو المنسق وينشرها. تصلك خلاصة واحدة على الأكثر يوميًا بالطلبات الجديدة.',
  'mail.translatorInvited.leave': 'يمكنك في أي وقت تغيير لغاتك أو التخلي عن الدور في Kaiutin.',
  'mail.translatorInvited.open': 'افتح مكتب المترجم',
  'mail.translationSummary.subject':
    '{count, plural, zero {لا طلبات ترجمة} one {طلب ترجمة واحد} two {طلبا ترجمة} few {# طلبات ترجمة} many {# طلب ترجمة} other {# طلب ترجمة}} بلغاتك',
  'mail.translationSummary.heading': 'طلبات ترجمة بانتظارك',
  'mail.translationSummary.body':
    'هذه النصوص تنتظر مترجمًا بلغاتك، الأحدث أولًا. خذ الطلب على المكتب قبل أن تبدأ، حتى لا يترجمه أحد غيرك في الوقت نفسه.',
  'mail.translationSummary.open': 'افتح مكتب المترجم',
  'mail.translationUntaken.subject':
    '{count, plural, zero {لا طلبات ترجمة} one {طلب ترجمة واحد} two {طلبا ترجمة} few {# طلبات ترجمة} many {# طلب ترجمة} other {# طلب ترجمة}} بلا مترجم بعد {hours} ساعة',
  'mail.translationUntaken.heading': 'طلبات ترجمة لم يأخذها أحد',
  'mail.translationUntaken.body':
    'لم يأخذ أحد طلبات الترجمة هذه خلال {hours} ساعة. ابحث عن مترجم لهذه اللغة، أو امنح الدور لشخص يعمل بها.',
  'mail.translationUntaken.open': 'طلبات الترجمة',
};

export const submission: MailMessages['submission'] = {
  'mail.submission.subject':
    'بيان: {title} ({count, plural, zero {# منظمة} one {منظمة واحدة} two {منظمتان} few {# منظمات} many {# منظمة} other {# منظمة}})',
  'mail.submission.heading': 'بيان مشترك: {consultation}',
  'mail.submission.intro':
    'تسلّم منظمة {lead} إلى الهيئة {body} البيان المشترك {count, plural, zero {لـ# منظمة} one {لمنظمة واحدة} two {لمنظمتين} few {لـ# منظمات} many {لـ# منظمة} other {لـ# منظمة}} بشأن «{consultation}». يرد النص أدناه تمامًا كما وُقّع عليه.',
  'mail.submission.translation': 'النص نفسه بلغة أخرى ({language}):',
  'mail.submission.signatories': 'الموقّعون ({count}):',
  'mail.submission.mandateStanding': '{organisation} – تفويض دائم، وُقّع في {signedAt}',
  'mail.submission.mandateDecision':
    '{organisation} – قرار {decidedBy} بتاريخ {decidedOn}، وُقّع في {signedAt}',
  'mail.submission.board': 'مجلس الإدارة أو الاجتماع',
  'mail.submission.record': 'السجل العام، بالنص نفسه والموقّعين أنفسهم',
  'mail.submission.hash':
    'بصمة المحتوى (SHA-256): {hash}. يعرض السجل العام البصمة نفسها، لذا يمكنكم التحقق من أن ما استلمتموه هو ما وقّعت عليه المنظمات.',
  'mail.submission.acknowledge': 'يُرجى تأكيد الاستلام وتسجيل كيفية أخذ البيان بعين الاعتبار',
};

export const alerts: MailMessages['alerts'] = {
  'alert.kind.upcoming-decision': 'قرار قادم',
  'alert.kind.consultation': 'طلب آراء',
  'alert.kind.hearing': 'جلسة استماع',
  'alert.kind.survey': 'استطلاع',
  'alert.kind.initiative': 'مبادرة السكان',
  'alert.updatedPrefix': '[محدَّث] ',
  'alert.subject': '{kind}: {title} – البيانات حتى {deadline}',
  'alert.subjectNoDeadline': '{kind}: {title}',
  'alert.body': '{body}: {kind}.',
  'alert.deadline': 'آخر موعد لتقديم البيانات: {deadline}.',
  'alert.decisionDate': 'من المقرر اتخاذ القرار في {date}.',
  'alert.readMore': 'اقرأ المزيد واكتب بيانًا',
  'alert.unsubscribe': 'إيقاف هذه التنبيهات',
  'alert.translated': 'ترجم هذا النص وراجعه مترجم متطوع في شبكة Kaiutin. النص الأصلي موجود على صفحة الويب.',
  'alert.followUp.subject': 'الآن بلغتك: {title}',
  'alert.followUp.lead': 'وصلك تنبيه بهذا سابقًا باللغة الأصلية. وقد تُرجم الآن إلى لغتك.',
  'alert.followUp.read': 'اقرأه بلغتك',
};

export const digest: MailMessages['digest'] = {
  'digest.subject': 'ملخص Kaiutin الأسبوعي: {count} جديدة',
  'digest.heading': 'مشاورات جديدة ومحدَّثة',
};

export const meetingAgenda: MailMessages['meetingAgenda'] = {
  'mail.agendaKind.news-round': 'جولة الأخبار',
  'mail.agendaKind.presentation': 'عرض',
  'mail.agendaKind.workshop': 'ورشة عمل',
  'mail.agendaKind.discussion': 'نقاش',
  'mail.agendaKind.decision': 'قرار',
};
