import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages } from '../load.tsx';
import type { Consultation, Submission } from '../types.ts';
import { SubmissionCard } from './card.tsx';

/** The public record of a consultation: the statements submitted on it and the body's answers. */
export function ConsultationSubmissions({ c }: { c: Consultation }) {
  const { t } = useI18n();
  const submissions = usePages<Submission>(`/api/consultations/${encodeURIComponent(c.id)}/submissions`);
  return (
    <section aria-labelledby="submissions">
      <h2 id="submissions">{t('submissions.title')}</h2>
      <p class="hint">{t('submissions.lead')}</p>
      {submissions.empty ? (
        <p>{t('submissions.empty')}</p>
      ) : (
        <ul class="cards">
          {submissions.items.map((s) => (
            <SubmissionCard key={s.id} s={s} />
          ))}
        </ul>
      )}
      <MoreButton pages={submissions} />
    </section>
  );
}
