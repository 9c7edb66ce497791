import { send } from '../api.ts';
import { SubmitButton } from '../forms/fields.tsx';
import { useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import type { Consultation } from '../types.ts';
import { ConsultationFields, consultationValues } from './fields.tsx';

/** Edits a draft, or amends a published consultation (each amendment is a new version). */
export function EditConsultation({ c, onSaved }: { c: Consultation; onSaved(c: Consultation): void }) {
  const { t } = useI18n();
  const form = useForm('consultation-edit');
  const save = form.submit(async (data) => {
    const path = `/api/consultations/${encodeURIComponent(c.id)}` as const;
    const saved = await send<Consultation>('PATCH', path, consultationValues(data));
    onSaved(saved);
    return saved.status === 'draft'
      ? t('consultation.saved')
      : t('consultation.savedVersion', { version: saved.version });
  });
  return (
    <details class="panel">
      <summary>{t('consultation.edit')}</summary>
      <form noValidate onSubmit={save}>
        {c.status === 'published' && <p class="hint">{t('consultation.editLead')}</p>}
        <Outcome form={form} />
        <ConsultationFields form={form} c={c} />
        <SubmitButton form={form}>{t('common.save')}</SubmitButton>
      </form>
    </details>
  );
}
