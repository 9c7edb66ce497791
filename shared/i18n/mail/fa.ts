import type { MailMessages } from './fi.ts';

export const layout: MailMessages['layout'] = {
  'mail.footer': 'این پیام از Kaiutin فرستاده شده است',
};

export const signIn: MailMessages['signIn'] = {
  'mail.signInCode.subject': 'کد ورود شما به Kaiutin: {code}',
  'mail.signInCode.heading': 'کد ورود شما',
  'mail.signInCode.body':
    'کد شما {code} است. این کد {minutes} دقیقه اعتبار دارد و فقط یک بار قابل استفاده است.',
  'mail.signInCode.link': 'همچنین می‌توانید با این پیوند وارد شوید',
  'mail.signInCode.ignore': 'اگر شما درخواست کد نکرده‌اید، می‌توانید این پیام را نادیده بگیرید.',
};

export const notices: MailMessages['notices'] = {
  'mail.applicationReceipt.subject': 'درخواست عضویت دریافت شد',
  'mail.applicationReceipt.heading': 'از درخواست عضویت شما سپاسگزاریم',
  'mail.applicationReceipt.body':
    'در تاریخ {submittedAt} درخواست عضویتی دریافت کردیم که این نشانی را نشانی تماس خود داده است. هماهنگ‌کنندهٔ شبکه آن را بررسی می‌کند و پس از تصمیم‌گیری به همین نشانی برای شما می‌نویسد. اگر شما این درخواست را نفرستاده‌اید، این پیام را نادیده بگیرید.',
  'mail.applicationReceipt.principles': 'در این درخواست، اهداف و اصول کار شبکه پذیرفته شد، نسخهٔ {version}.',
  'mail.signInHint': 'با این نشانی ایمیل وارد شوید',
  'mail.applicationApproved.subject': 'به شبکه خوش آمدید: {organisation}',
  'mail.applicationApproved.heading': 'سازمان {organisation} اکنون عضو شبکه است',
  'mail.applicationApproved.body':
    'هماهنگ‌کننده درخواست عضویت را تأیید کرد. شما به‌عنوان نمایندهٔ سازمان تعیین شده‌اید: می‌توانید برای دریافت هشدارها ثبت‌نام کنید، بیانیه بنویسید و از طرف سازمان بیانیه‌ها را امضا کنید.',
  'mail.applicationRejected.subject': 'درخواست عضویت پذیرفته نشد',
  'mail.applicationRejected.heading': 'درخواست عضویت پذیرفته نشد',
  'mail.applicationRejected.body':
    'هماهنگ‌کننده درخواست عضویتی را که در تاریخ {submittedAt} با این نشانی تماس فرستاده شد نپذیرفت. دلیل: {reason}',
  'mail.representativeAdded.subject': 'شما در Kaiutin به‌عنوان نماینده تعیین شده‌اید',
  'mail.representativeAdded.heading': 'نماینده در Kaiutin',
  'mail.representativeAdded.body':
    'یکی از سازمان‌های عضو شبکه شما را نمایندهٔ خود در Kaiutin تعیین کرده است. برای دیدن نام سازمان وارد شوید. اگر انتظار این را نداشتید، می‌توانید این پیام را نادیده بگیرید.',
  'mail.officerAdded.subject': 'Kaiutin: {body}',
  'mail.officerAdded.heading': 'شما به‌عنوان کارمند مسئول اضافه شده‌اید',
  'mail.officerAdded.body':
    'شما در Kaiutin به‌عنوان کارمند مسئولِ نهاد {body} اضافه شده‌اید. بیانیه‌هایی که خطاب به این نهاد است به دست شما می‌رسد و می‌توانید نظرخواهی منتشر کنید.',
  'mail.organisationResigned.subject': 'اعلام کناره‌گیری: {organisation}',
  'mail.organisationResigned.heading': 'سازمان {organisation} از شبکه کناره‌گیری کرده است',
  'mail.organisationResigned.body':
    'سازمان {organisation} در تاریخ {resignedAt} کناره‌گیری خود را از شبکه اعلام کرد. دلیل: {reason}',
  'mail.removalOpened.subject': 'درخواست توضیح: {organisation}',
  'mail.removalOpened.heading': 'هماهنگ‌کننده در حال بررسی لغو عضویت است',
  'mail.removalOpened.body':
    'هماهنگ‌کننده در حال بررسی لغو عضویت سازمان {organisation} در شبکه است. مبنا: {ground}. {explanation}',
  'mail.removalOpened.respond': 'می‌توانید تا {deadlineAt} توضیح خود را ارائه دهید',
  'mail.removalResponded.subject': 'توضیح دریافت شد: {organisation}',
  'mail.removalResponded.heading': 'سازمان {organisation} توضیح خود را ارائه داد',
  'mail.removalResponded.body':
    'سازمان {organisation} به درخواست توضیح پاسخ داده است. پاسخ را بخوانید و تصمیم بگیرید.',
  'mail.removalResponded.read': 'خواندن توضیح',
  'mail.removalDecided.subject': 'تصمیم: {organisation}',
  'mail.removalDecided.heading': 'هماهنگ‌کننده تصمیم گرفته است',
  'mail.removalDecided.body': 'تصمیم دربارهٔ سازمان {organisation}: {outcome}. دلیل: {reason}',
  'mail.confirmSubscription.subject': 'اشتراک هشدارهای Kaiutin را تأیید کنید',
  'mail.confirmSubscription.heading': 'اشتراک را تأیید کنید',
  'mail.confirmSubscription.body':
    'کسی (امیدواریم شما) این نشانی را برای هشدارهای Kaiutin دربارهٔ تصمیم‌ها و نظرخواهی‌های شهرداری مشترک کرده است. ظرف {days} روز تأیید کنید.',
  'mail.confirmSubscription.confirm': 'تأیید اشتراک',
  'mail.confirmSubscription.ignore':
    'اگر شما مشترک نشده‌اید، می‌توانید این پیام را نادیده بگیرید: چیزی برایتان فرستاده نمی‌شود.',
  'mail.statementOpened.subject': 'آمادهٔ امضای مشترک: {title}',
  'mail.statementOpened.heading': 'یک بیانیهٔ مشترک برای امضا باز است',
  'mail.statementOpened.body':
    '{lead} از سازمان‌های عضو دعوت می‌کند بیانیهٔ مشترک «{title}» دربارهٔ «{consultation}» را امضا کنند. مهلت امضا تا {cosignDeadlineAt}.',
  'mail.statementOpened.read': 'بیانیه را بخوانید و امضا کنید',
  'mail.statementInvitation.subject': 'دعوت به امضا: {title}',
  'mail.statementInvitation.heading': '{lead} شما را به امضای یک بیانیهٔ مشترک دعوت می‌کند',
  'mail.statementInvitation.message': 'پیامی از {lead}: {message}',
  'mail.statementInvitation.member':
    'نمایندهٔ یک سازمان عضو شبکه می‌تواند پس از ورود، از طرف سازمان خود امضا کند. سازمان‌های دیگر می‌توانند درخواست عضویت بدهند.',
  'mail.statementInvitation.apply': 'درخواست عضویت',
  'mail.statementChanged.subject': 'بیانیه تغییر کرد: {title}',
  'mail.statementChanged.heading': 'بیانیه‌ای که امضا کرده‌اید تغییر کرده است',
  'mail.statementChanged.body':
    '{lead} پس از امضای سازمان شما، بیانیهٔ «{title}» را تغییر داد (اکنون نسخهٔ {version}). امضای شما مربوط به نسخهٔ قبلی است و تا سازمان شما متن جدید را تأیید نکند، تحویل داده نمی‌شود.',
  'mail.statementChanged.read': 'متن جدید را بخوانید و امضای خود را تأیید کنید',
  'mail.statementSubmitted.subject': 'بیانیه تحویل داده شد: {title}',
  'mail.statementSubmitted.heading': 'بیانیه به {body} تحویل داده شد',
  'mail.statementSubmitted.body':
    '{lead} بیانیهٔ «{title}» را با امضای {count} سازمان تحویل داد. کد درستی‌سنجی: {hash}.',
  'mail.statementSubmitted.record': 'سابقهٔ عمومی',
  'mail.submissionAcknowledged.subject': 'دریافت شد: {title}',
  'mail.submissionAcknowledged.heading': '{body} دریافت بیانیه را تأیید کرد',
  'mail.submissionAcknowledged.body': '{body} در {acknowledgedAt} دریافت بیانیهٔ «{title}» را تأیید کرد.',
  'mail.submissionAcknowledged.diary': 'شمارهٔ ثبت: {diaryNumber}',
  'mail.submissionAnswered.subject': 'پاسخ به بیانیه: {title}',
  'mail.submissionAnswered.heading': '{body} به بیانیه پاسخ داد',
  'mail.submissionAnswered.body': 'بیانیهٔ «{title}» چگونه در نظر گرفته شد: {answer}.',
  'mail.submissionAnswered.explanation': '{explanation}',
  'mail.submissionAnswered.decision': 'تصمیم',
  'mail.submissionAnswered.record': 'سابقهٔ عمومی',
  'mail.cosignReminder.subject': 'یادآوری: مهلت امضا {cosignDeadlineAt} پایان می‌یابد',
  'mail.cosignReminder.heading': 'مهلت امضای «{title}» به‌زودی پایان می‌یابد',
  'mail.cosignReminder.body':
    'مهلت امضا {cosignDeadlineAt} پایان می‌یابد. {count} سازمان متن کنونی را امضا کرده‌اند. بیانیه را پیش از پایان مهلت نظرخواهی ({statementDeadlineAt}) ارسال کنید.',
  'mail.cosignReminder.open': 'باز کردن بیانیه',
  'mail.acknowledgeReminder.subject': 'هنوز تأیید نشده: {title}',
  'mail.acknowledgeReminder.heading': 'بیانیه‌ای در انتظار تأیید دریافت است',
  'mail.acknowledgeReminder.body':
    '{lead} در {submittedAt} بیانیهٔ «{title}» ({count} سازمان) را به {body} ارسال کرد و دریافت آن هنوز تأیید نشده است.',
  'mail.acknowledgeReminder.inbox': 'از اینجا تأیید کنید',
  'mail.minutesPublished.subject': 'صورت‌جلسه: {title}',
  'mail.minutesPublished.heading': 'صورت‌جلسهٔ نشست منتشر شد',
  'mail.minutesPublished.body': 'صورت‌جلسهٔ نشست «{title}» در Kaiutin منتشر شد.',
  'mail.minutesPublished.decisions': 'نشست تصمیم گرفت:\n\n{decisions}',
  'mail.minutesPublished.next': 'نشست بعدی: {nextTime}.',
  'mail.minutesPublished.read': 'خواندن صورت‌جلسه',
  'mail.datePollRequest.subject': 'دفعهٔ بعد کی دیدار کنیم؟ {title}',
  'mail.datePollRequest.heading': 'تاریخ‌های نشست بعدی را انتخاب کنید',
  'mail.datePollRequest.body':
    'در نشست «{title}» تاریخ نشست بعدی به نظرسنجی سپرده شد. بگویید کدام گزینه‌ها برایتان مناسب است؛ تا تعیین تاریخ می‌توانید پاسخ خود را تغییر دهید.',
  'mail.datePollRequest.answer': 'پاسخ به نظرسنجی',
  'mail.meetingFeedback.subject': 'بازخورد دربارهٔ جلسه: {title}',
  'mail.meetingFeedback.heading': 'جلسه چطور بود؟',
  'mail.meetingFeedback.body':
    'از شرکت شما در «{title}» در {startsAt} سپاسگزاریم. در یک دقیقه بگویید چطور گذشت: امتیازی از ۱ تا ۵ و اگر خواستید چند کلمه.',
  'mail.meetingFeedback.anonymous':
    'پاسخ شما ناشناس است: بدون نام و نشانی شما ذخیره می‌شود و پیوند یک بار کار می‌کند.',
  'mail.meetingFeedback.answer': 'بازخورد بدهید',
  'mail.networkSurvey.subject': 'نظرسنجی سالانهٔ شبکه {year}',
  'mail.networkSurvey.heading': 'سال {year} شبکه چطور بود؟',
  'mail.networkSurvey.body':
    'هماهنگ‌کننده از نمایندگان هر سازمان عضو می‌پرسد سال شبکه چطور گذشت: امتیازی از ۱ تا ۵، چه چیزی خوب کار کرد و چه چیزی باید تغییر کند.',
  'mail.networkSurvey.introduction': '{introduction}',
  'mail.networkSurvey.anonymous':
    'پاسخ شما ناشناس است: بدون نام و نام سازمان شما ذخیره می‌شود و می‌توانید یک بار پاسخ دهید.',
  'mail.networkSurvey.answer': 'به نظرسنجی پاسخ دهید',
  'mail.meetingInvitation.subject': 'دعوت: {title} ({startsAt})',
  'mail.meetingInvitation.heading': '{title}',
  'mail.meetingInvitation.body':
    '{host} شما را به نشست شبکه دعوت می‌کند (مجموعه: {series}). این نشست برای همهٔ کسانی که در زمینهٔ ادغام کار می‌کنند باز است.',
  'mail.meetingInvitation.time': 'زمان: {startsTime} – {endsTime} (به وقت فنلاند)',
  'mail.meetingInvitation.theme': 'موضوع: {theme}',
  'mail.meetingInvitation.place': 'مکان: {address}',
  'mail.meetingInvitation.directions': 'راهنمای رسیدن: {directions}',
  'mail.meetingInvitation.online': 'شرکت آنلاین',
  'mail.meetingInvitation.agenda': 'برنامه:\n\n{agenda}',
  'mail.meetingInvitation.calendar': 'دعوت‌نامهٔ تقویم پیوست است.',
  'mail.meetingInvitation.register': 'در صفحهٔ نشست ثبت‌نام کنید',
  'mail.meetingReminder.subject': 'یادآوری: {title} ({startsAt})',
  'mail.meetingReminder.heading': 'نشست «{title}» نزدیک است',
  'mail.meetingReminder.body': 'شما در نشست «{title}» ثبت‌نام کرده‌اید. خوش آمدید!',
  'mail.meetingReminder.cancel': 'نمی‌توانید بیایید؟ ثبت‌نام خود را لغو کنید',
  'mail.meetingReminder.open': 'صفحهٔ نشست را باز کنید',
  'mail.registrationConfirm.subject': 'ثبت‌نام را تأیید کنید: {title}',
  'mail.registrationConfirm.heading': 'ثبت‌نام خود را تأیید کنید',
  'mail.registrationConfirm.body':
    'شما برای «{title}» ({startsTime}) ثبت‌نام کردید. جا فقط پس از تأیید نشانی شما ظرف {hours} ساعت نگه داشته می‌شود.',
  'mail.registrationConfirm.confirm': 'تأیید ثبت‌نام',
  'mail.registrationConfirm.ignore': 'اگر ثبت‌نام نکرده‌اید، این پیام را نادیده بگیرید: چیزی رزرو نمی‌شود.',
  'mail.registrationConfirmed.subject': 'ثبت‌نام تأیید شد: {title}',
  'mail.registrationConfirmed.heading': 'ثبت‌نام شما تأیید شد',
  'mail.registrationConfirmed.registered': '{registeredName}، شما در «{title}» جا دارید.',
  'mail.registrationConfirmed.waiting':
    '{waitingName}، «{title}» پر است: شما نفر {queuePlace} فهرست انتظار هستید. اگر جایی خالی شود، به نوبت به شما می‌رسد و خبرتان می‌کنیم.',
  'mail.registration.when': 'زمان: {startsTime}',
  'mail.registration.where': 'مکان: {address}',
  'mail.registration.online': 'پیوند شرکت برخط',
  'mail.registration.cancel': 'لغو ثبت‌نام',
  'mail.registrationPromoted.subject': 'جا گرفتید: {title}',
  'mail.registrationPromoted.heading': 'جایی برای شما خالی شد',
  'mail.registrationPromoted.body': '{name}، جایی در «{title}» خالی شد و اکنون مال شماست.',
  'mail.registrationCancelled.subject': 'ثبت‌نام لغو شد: {title}',
  'mail.registrationCancelled.heading': 'ثبت‌نام شما لغو شد',
  'mail.registrationCancelled.body': '{name}، ثبت‌نام شما برای «{title}» لغو شد.',
  'mail.registrationCancelled.again': 'صفحهٔ نشست',
  'mail.trayPartnerInvited.subject': 'دعوت به فهرست ادغام: {organisation}',
  'mail.trayPartnerInvited.heading': '{organisation} در فهرست ادغام',
  'mail.trayPartnerInvited.body':
    'هماهنگ‌کنندهٔ شبکه سازمان {organisation} را به‌عنوان شریک به فهرست ادغام دعوت کرده و شما را نمایندهٔ آن در Kaiutin تعیین کرده است. وارد شوید تا فعالیت‌های سازمان را در فهرست شرح دهید و اطلاعات آن را به‌روز نگه دارید. شریک عضو شبکه نیست. اگر انتظار این پیام را نداشتید، می‌توانید آن را نادیده بگیرید.',
  'mail.peerRequest.subject': '{organisation} از شما به‌عنوان راهنمای همتا درخواست دارد',
  'mail.peerRequest.heading': 'درخواستی از {organisation}',
  'mail.peerRequest.body':
    '{name}، {organisation} مایل است شما راهنمای همتای آن باشید. درخواست آن‌ها این است:',
  'mail.peerRequest.purpose': 'برای چه: {purpose}',
  'mail.peerRequest.when': 'چه زمانی: {when}',
  'mail.peerRequest.contacts':
    'اطلاعات تماس شما فقط در صورتی برای سازمان فرستاده می‌شود که پاسخ بله بدهید؛ آن‌گاه اطلاعات آن‌ها هم به شما می‌رسد.',
  'mail.peerRequest.answerBy': 'لطفاً تا {answerByAt} پاسخ دهید.',
  'mail.peerRequest.yes': 'پاسخ بله',
  'mail.peerRequest.no': 'پاسخ نه',
  'mail.peerRequestAccepted.subject': '{leader} به درخواست شما پاسخ بله داد',
  'mail.peerRequestAccepted.heading': '{leader} پاسخ بله داد',
  'mail.peerRequestAccepted.body': '{leader} درخواست {organisation} را پذیرفت.',
  'mail.peerRequestAccepted.contact': 'مستقیماً تماس بگیرید: {leader}، {leaderEmail}.',
  'mail.peerRequestAccepted.open': 'درخواست‌های سازمان',
  'mail.peerRequestContact.subject': 'اطلاعات تماس {organisation}',
  'mail.peerRequestContact.heading': 'به {organisation} پاسخ بله دادید',
  'mail.peerRequestContact.body':
    '{name}، سپاس. درخواست {organisation} را پذیرفتید؛ نام و نشانی ایمیل شما برای آن‌ها فرستاده شد.',
  'mail.peerRequestContact.contacts': 'نمایندگان سازمان: {contacts}.',
  'mail.peerRequestContact.open': 'درخواست',
  'mail.peerRequestDeclined.subject': '{leader} نمی‌تواند درخواست شما را بپذیرد',
  'mail.peerRequestDeclined.heading': '{leader} پاسخ نه داد',
  'mail.peerRequestDeclined.body':
    '{leader} درخواست {organisation} را نپذیرفت. هیچ اطلاعات تماسی مبادله نشد. می‌توانید در Kaiutin راهنمای همتای دیگری پیدا کنید.',
  'mail.peerLeaderInvited.subject': 'دعوت به بانک رهبران همتای Kaiutin',
  'mail.peerLeaderInvited.heading': 'شما به بانک رهبران همتا دعوت شده‌اید',
  'mail.peerLeaderInvited.body':
    'هماهنگ‌کنندهٔ شبکه شما را به بانک رهبران همتای Kaiutin دعوت می‌کند. در این بانک، سازمان‌های عضو یک رهبر همتای آموزش‌دیده را بر اساس زبان، شهرداری و موضوع پیدا می‌کنند و می‌توانند برای شما درخواستی بفرستند که خودتان به آن بله یا نه پاسخ می‌دهید.',
  'mail.peerLeaderInvited.consent':
    'نمایهٔ شما فقط با رضایت صریح شما وجود دارد و خودتان انتخاب می‌کنید چه کسی آن را ببیند. هر زمان می‌توانید رضایت خود را پس بگیرید و در آن صورت نمایه فوراً پاک می‌شود.',
  'mail.peerLeaderInvited.open': 'وارد شوید و تصمیم بگیرید',
  'mail.translatorInvited.subject': 'دعوت به ترجمه برای Kaiutin',
  'mail.translatorInvited.heading': 'برای شبکه ترجمه کنید',
  'mail.translatorInvited.body':
    'هماهنگ‌کنندهٔ شبکه شما را دعوت می‌کند آنچه را Kaiutin منتشر می‌کند ترجمه کنید: خلاصهٔ رایزنی‌ها، بیانیه‌ها، دعوت‌نامه‌ها و صورت‌جلسه‌های نشست‌ها و فعالیت‌های فهرست ادغام. زبان‌های شما: {languages}.',
  'mail.translatorInvited.work':
    'درخواست‌ها به زبان‌های شما روی میز مترجم منتظرند: درخواستی را بردارید، ترجمه را کنار متن اصلی بنویسید و بفرستید؛ مترجمی دیگر یا هماهنگ‌کننده آن را بررسی و منتشر می‌کند. از درخواست‌های تازه حداکثر روزی یک خلاصه دریافت می‌کنید.',
  'mail.translatorInvited.leave':
    'هر زمان می‌توانید زبان‌هایتان را تغییر دهید یا از این نقش در Kaiutin کناره بگیرید.',
  'mail.translatorInvited.open': 'باز کردن میز مترجم',
  'mail.translationSummary.subject':
    '{count, plural, one {# درخواست ترجمه} other {# درخواست ترجمه}} به زبان‌های شما',
  'mail.translationSummary.heading': 'درخواست‌های ترجمه منتظر شما هستند',
  'mail.translationSummary.body':
    'این متن‌ها منتظر مترجمی به زبان‌های شما هستند، تازه‌ترین‌ها نخست. پیش از شروع، درخواست را روی میز بردارید تا کس دیگری هم‌زمان آن را ترجمه نکند.',
  'mail.translationSummary.open': 'باز کردن میز مترجم',
  'mail.translationUntaken.subject':
    '{count, plural, one {# درخواست ترجمه} other {# درخواست ترجمه}} پس از {hours} ساعت بی‌مترجم',
  'mail.translationUntaken.heading': 'درخواست‌های ترجمه‌ای که کسی برنداشته است',
  'mail.translationUntaken.body':
    'هیچ‌کس این درخواست‌های ترجمه را ظرف {hours} ساعت برنداشته است. برای این زبان مترجمی پیدا کنید، یا این نقش را به کسی بدهید که با آن زبان کار می‌کند.',
  'mail.translationUntaken.open': 'درخواست‌های ترجمه',
};

export const submission: MailMessages['submission'] = {
  'mail.submission.subject': 'بیانیه: {title} ({count} سازمان)',
  'mail.submission.heading': 'بیانیهٔ مشترک: {consultation}',
  'mail.submission.intro':
    '{lead} بیانیهٔ مشترک {count} سازمان را دربارهٔ «{consultation}» به {body} تحویل می‌دهد. متن در ادامه دقیقاً همان‌گونه که امضا شده آمده است.',
  'mail.submission.translation': 'همین متن به زبانی دیگر ({language}):',
  'mail.submission.signatories': 'امضاکنندگان ({count}):',
  'mail.submission.mandateStanding': '{organisation} – اختیار دائمی، امضاشده در {signedAt}',
  'mail.submission.mandateDecision':
    '{organisation} – تصمیم {decidedBy} در تاریخ {decidedOn}، امضاشده در {signedAt}',
  'mail.submission.board': 'هیئت‌مدیره یا مجمع',
  'mail.submission.record': 'سابقهٔ عمومی، با همین متن و امضاکنندگان',
  'mail.submission.hash':
    'کد درستی‌سنجی محتوا (SHA-256): {hash}. سابقهٔ عمومی همین کد را نشان می‌دهد، بنابراین می‌توانید بررسی کنید که آنچه دریافت کرده‌اید همان چیزی است که سازمان‌ها امضا کرده‌اند.',
  'mail.submission.acknowledge': 'لطفاً دریافت را تأیید کنید و ثبت کنید که بیانیه چگونه در نظر گرفته شد',
};

export const alerts: MailMessages['alerts'] = {
  'alert.kind.upcoming-decision': 'تصمیم پیش رو',
  'alert.kind.consultation': 'نظرخواهی',
  'alert.kind.hearing': 'جلسهٔ استماع',
  'alert.kind.survey': 'پرسش‌نامه',
  'alert.kind.initiative': 'ابتکار ساکنان',
  'alert.updatedPrefix': '[به‌روزشده] ',
  'alert.subject': '{kind}: {title} – بیانیه‌ها تا {deadline}',
  'alert.subjectNoDeadline': '{kind}: {title}',
  'alert.body': '{body}: {kind}.',
  'alert.deadline': 'مهلت ارسال بیانیه‌ها: {deadline}.',
  'alert.decisionDate': 'قرار است تصمیم در {date} گرفته شود.',
  'alert.readMore': 'بیشتر بخوانید و بیانیه بنویسید',
  'alert.unsubscribe': 'لغو این هشدارها',
  'alert.translated':
    'این ترجمه را یک مترجم داوطلب شبکهٔ Kaiutin انجام داده و بازبینی کرده است. متن اصلی در صفحهٔ وب است.',
  'alert.followUp.subject': 'اکنون به زبان شما: {title}',
  'alert.followUp.lead':
    'پیش‌تر هشداری دربارهٔ این موضوع به زبان اصلی دریافت کردید. اکنون به زبان شما ترجمه شده است.',
  'alert.followUp.read': 'به زبان خودتان بخوانید',
};

export const digest: MailMessages['digest'] = {
  'digest.subject': 'خلاصهٔ هفتگی Kaiutin: {count} مورد جدید',
  'digest.heading': 'نظرخواهی‌های جدید و به‌روزشده',
};

export const meetingAgenda: MailMessages['meetingAgenda'] = {
  'mail.agendaKind.news-round': 'دور اخبار',
  'mail.agendaKind.presentation': 'ارائه',
  'mail.agendaKind.workshop': 'کارگاه',
  'mail.agendaKind.discussion': 'گفتگو',
  'mail.agendaKind.decision': 'تصمیم',
};
