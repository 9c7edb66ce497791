import { useState } from 'preact/hooks';
import { send } from '../api.ts';
import { Confirmable } from '../forms/confirm.tsx';
import { SubmitButton, TextField } from '../forms/fields.tsx';
import { type Form, text, useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import type { Consultation } from '../types.ts';
import { EditConsultation } from './edit.tsx';
import { webAddressPattern } from './links.ts';

type Path = `/api/consultations/${string}`;

function RecordDecision({
  form,
  path,
  onDecided,
}: {
  form: Form;
  path: Path;
  onDecided(c: Consultation): void;
}) {
  const { t } = useI18n();
  const record = form.submit(async (data) => {
    onDecided(
      await send<Consultation>('POST', `${path}/decision`, {
        url: text(data, 'url'),
        summary: text(data, 'summary'),
      }),
    );
    return undefined;
  });
  return (
    <details class="panel">
      <summary>{t('consultation.recordDecision')}</summary>
      <form noValidate onSubmit={record}>
        <Outcome form={form} />
        <TextField
          form={form}
          name="url"
          label={t('consultation.decisionUrl')}
          hint={t('consultation.decisionUrlHint')}
          type="url"
          pattern={webAddressPattern}
          required
          maxLength={2000}
        />
        <TextField
          form={form}
          name="summary"
          label={t('consultation.decisionSummary')}
          hint={t('consultation.textHint')}
          required
          multiline
          maxLength={4000}
        />
        <SubmitButton form={form}>{t('consultation.recordDecision')}</SubmitButton>
      </form>
    </details>
  );
}

/**
 * For the body's officers and the coordinator: publish a draft, edit, record the decision, cancel.
 * The outcome of an action that changes the status is shown here, as its button goes away.
 */
export function ManageConsultation({ c, onChange }: { c: Consultation; onChange(c: Consultation): void }) {
  const { t } = useI18n();
  const publish = useForm('consultation-publish');
  const cancel = useForm('consultation-cancel');
  const decide = useForm('consultation-decision');
  const [notice, setNotice] = useState<{ message: string; at: number }>();
  const path: Path = `/api/consultations/${encodeURIComponent(c.id)}`;
  // Said before the button rather than after a refused publish.
  const needsDeadline = c.kind !== 'upcoming-decision' && !c.statementDeadline;
  const changed = (updated: Consultation, message: string) => {
    onChange(updated);
    setNotice({ message, at: Date.now() });
  };
  return (
    <section aria-labelledby="manage" class="manage">
      <h2 id="manage">{t('consultation.manage')}</h2>
      {notice && <Notice key={notice.at}>{notice.message}</Notice>}
      {c.status === 'draft' && needsDeadline && <p class="warning">{t('error.deadline_missing')}</p>}
      {c.status === 'draft' && !needsDeadline && (
        <>
          <p>{t('consultation.publishLead')}</p>
          <Outcome form={publish} />
          <p>
            <button
              type="button"
              class="primary"
              aria-disabled={publish.busy}
              onClick={() =>
                publish.run(async () => {
                  changed(
                    await send<Consultation>('POST', `${path}/publish`),
                    t('consultation.publishedNotice'),
                  );
                  return undefined;
                })
              }
            >
              {t('consultation.publish')}
            </button>
          </p>
        </>
      )}
      {(c.status === 'draft' || c.status === 'published') && <EditConsultation c={c} onSaved={onChange} />}
      {(c.status === 'published' || c.status === 'closed') && (
        <RecordDecision
          form={decide}
          path={path}
          onDecided={(decided) => changed(decided, t('consultation.decisionRecorded'))}
        />
      )}
      {c.status === 'published' && (
        <>
          <Outcome form={cancel} />
          <Confirmable
            form={cancel}
            label={t('consultation.cancel')}
            question={t('consultation.cancelQuestion')}
            confirm={t('consultation.cancelConfirm')}
            dismiss={t('consultation.keep')}
            onConfirm={async () => {
              changed(await send<Consultation>('POST', `${path}/cancel`), t('consultation.cancelledNotice'));
              return undefined;
            }}
          />
        </>
      )}
    </section>
  );
}
