import { useState } from 'preact/hooks';
import { statementLimits } from '#shared/statements/limits.ts';
import { send } from '../api.ts';
import { webAddressPattern } from '../consultations/links.ts';
import { Field, SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import type { Acknowledgement, Submission, SubmissionResponse } from '../types.ts';
import { capitalised, outcomeKeys, outcomes } from './keys.ts';

type Path = `/api/submissions/${string}`;

/** Records receipt, with the municipality's own record number if it gives one. */
function Acknowledge({ s, path, onChange }: { s: Submission; path: Path; onChange(s: Submission): void }) {
  const { t } = useI18n();
  const form = useForm(`acknowledge-${s.id}`);
  const acknowledge = form.submit(async (data) => {
    const diaryNumber = text(data, 'diaryNumber');
    const body: Acknowledgement = diaryNumber ? { diaryNumber } : {};
    onChange(await send<Submission>('POST', `${path}/acknowledge`, body));
    return t('inbox.acknowledgedNotice');
  });
  return (
    <>
      <Outcome form={form} />
      {!s.acknowledgement && (
        <form noValidate onSubmit={acknowledge} class="narrow">
          <TextField
            form={form}
            name="diaryNumber"
            label={t('inbox.diaryNumber')}
            hint={t('inbox.diaryNumberHint')}
            maxLength={statementLimits.diaryNumber}
            class="short"
            dir="auto"
          />
          <SubmitButton form={form}>{t('inbox.acknowledge')}</SubmitButton>
        </form>
      )}
    </>
  );
}

/** Records how the statement was taken into account; a later answer replaces it. */
function Respond({ s, path, onChange }: { s: Submission; path: Path; onChange(s: Submission): void }) {
  const { t, language } = useI18n();
  const form = useForm(`respond-${s.id}`);
  // Open at first until answered; afterwards the officer opens and closes it (the answer's outcome shows inside).
  const [openAtFirst] = useState(!s.response);
  const respond = form.submit(async (data) => {
    const decisionUrl = text(data, 'decisionUrl');
    const body: SubmissionResponse = {
      outcome: text(data, 'outcome') as SubmissionResponse['outcome'],
      explanation: text(data, 'explanation'),
      ...(decisionUrl ? { decisionUrl } : {}),
    };
    onChange(await send<Submission>('POST', `${path}/response`, body));
    return t('inbox.answeredNotice');
  });
  return (
    <details class="panel" open={openAtFirst}>
      <summary>{t(s.response ? 'inbox.changeAnswer' : 'inbox.answer')}</summary>
      <form noValidate onSubmit={respond}>
        <p class="hint">{t('inbox.answerLead')}</p>
        <Outcome form={form} />
        <Field form={form} name="outcome" label={t('inbox.outcome')} required>
          {(control) => (
            <select {...control}>
              <option value="" selected={!s.response}>
                {t('inbox.chooseOutcome')}
              </option>
              {outcomes.map((outcome) => (
                <option key={outcome} value={outcome} selected={s.response?.outcome === outcome}>
                  {capitalised(t(outcomeKeys[outcome]), language)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          form={form}
          name="explanation"
          label={t('inbox.explanation')}
          hint={t('inbox.explanationHint')}
          required
          multiline
          rows={6}
          maxLength={statementLimits.explanation}
          defaultValue={s.response?.explanation}
        />
        <TextField
          form={form}
          name="decisionUrl"
          label={t('consultation.decisionUrl')}
          hint={t('consultation.decisionUrlHint')}
          type="url"
          pattern={webAddressPattern}
          maxLength={2000}
          defaultValue={s.response?.decisionUrl}
          dir="auto"
        />
        <SubmitButton form={form}>{t('inbox.saveAnswer')}</SubmitButton>
      </form>
    </details>
  );
}

/** For the body's officers: acknowledge receipt, then answer. */
export function OfficerActions({ s, onChange }: { s: Submission; onChange(s: Submission): void }) {
  const path: Path = `/api/submissions/${encodeURIComponent(s.id)}`;
  return (
    <div class="officer-actions">
      <Acknowledge s={s} path={path} onChange={onChange} />
      <Respond s={s} path={path} onChange={onChange} />
    </div>
  );
}
