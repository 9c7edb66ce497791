import type { Caller } from '#shared/auth/access.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { callerFrom, ensurePerson, readPersonPartition } from '#shared/people/person-store.ts';
import type { Store } from '#shared/store/client.ts';
import { claimRequest } from '#shared/translations/claim-request.ts';
import { grantTranslator } from '#shared/translations/grant-translator.ts';
import { getRequest } from '#shared/translations/request-store.ts';
import { requestTranslations } from '#shared/translations/request-translations.ts';
import { reviewTranslation } from '#shared/translations/review-translation.ts';
import { saveDraft } from '#shared/translations/save-draft.ts';
import { consultationSubject } from '#shared/translations/subjects.ts';
import { submitTranslation } from '#shared/translations/submit-translation.ts';
import { takeTranslatorRole } from '#shared/translations/take-translator-role.ts';
import { getTranslation } from '#shared/translations/translation-store.ts';

import { demoPeerLeaders } from './seed-peers.ts';

export const demoTranslator = 'nadia@demo.kaiutin.local';

const signedIn = async (s: Store, personId: string): Promise<Caller> => {
  const caller = callerFrom(await readPersonPartition(s, personId));
  if (!caller) throw new Error(`No demo person ${personId}`);
  return caller;
};

/**
 * Two translators (one granted by the coordinator, one a peer leader who took the role), the demo
 * consultation translated into Arabic through the whole workflow (claimed, written, submitted,
 * published by the second), and its Somali request left open on the desk. Run again, it adds nothing.
 */
export async function seedTranslations(s: Store, coordinator: Caller, now: Date) {
  const { id: hodanId } = await ensurePerson(s, demoPeerLeaders.hodan, 'fi', now);
  const { personId: nadiaId } = await grantTranslator(
    s,
    coordinator,
    { email: demoTranslator, name: 'Nadia Demo', languages: ['ar', 'fa'], language: 'ar' },
    now,
  );
  await takeTranslatorRole(s, await signedIn(s, hodanId), { languages: ['so', 'ar'] }, now);
  const consultation = await getConsultation(s, 'demo-consultation');
  if (!consultation || (await getTranslation(s, 'consultation', consultation.id, 'ar'))) return;
  const subject = consultationSubject(consultation);
  await requestTranslations(s, subject, now, ['ar', 'so']);
  const ids = { kind: 'consultation' as const, subjectId: consultation.id, language: 'ar' };
  const open = await getRequest(s, ids.kind, ids.subjectId, ids.language);
  if (open?.status !== 'open') return;
  const nadia = await signedIn(s, nadiaId);
  const claimed = await claimRequest(s, nadia, ids, { version: open.version }, now);
  const saved = await saveDraft(
    s,
    nadia,
    ids,
    {
      fields: {
        title: 'برنامج الاندماج 2027–2030',
        plainSummary: 'تعدّ المدينة خطة جديدة لمساعدة السكان الجدد. أخبرونا برأيكم.',
      },
      version: claimed.request.version,
    },
    now,
  );
  const submitted = await submitTranslation(s, nadia, ids, { version: saved.request.version }, now);
  await reviewTranslation(
    s,
    await signedIn(s, hodanId),
    ids,
    { outcome: 'publish', version: submitted.request.version },
    now,
  );
}
