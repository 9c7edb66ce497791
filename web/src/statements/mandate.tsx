import { useState } from 'preact/hooks';
import { statementLimits } from '#shared/statements/limits.ts';
import { TextField } from '../forms/fields.tsx';
import { type Form, text } from '../forms/form.ts';
import { useI18n } from '../i18n.tsx';
import type { Mandate } from '../types.ts';

/**
 * Who approved signing for the organisation: a standing mandate, or a decision (of the board or a
 * meeting) on a date, and optionally who decided. Fields are named as the API names them
 * (`mandate.decidedOn`), so its field errors land beside them.
 */
export function MandateFields({
  form,
  legend,
  initial,
}: {
  form: Form;
  legend: string;
  /** The mandate given before (an earlier version's signature), to confirm or change. */
  initial?: Mandate;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Mandate['kind']>(initial?.kind ?? 'standing');
  const decision = initial?.kind === 'decision' ? initial : undefined;
  const id = form.id('mandate-kind');
  const options: { value: Mandate['kind']; label: string }[] = [
    { value: 'standing', label: t('mandate.standing') },
    { value: 'decision', label: t('mandate.decision') },
  ];
  const error = form.errorOf('mandate') ?? form.errorOf('mandate-kind');
  return (
    <fieldset
      id={form.id('mandate')}
      class={error ? 'field choices invalid' : 'field choices'}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend>
        {legend} <span class="required">({t('form.required')})</span>
      </legend>
      <p id={`${id}-hint`} class="hint">
        {t('mandate.hint')}
      </p>
      {error && (
        <p id={`${id}-error`} class="field-error">
          <strong>{t('form.error')}</strong> {error}
        </p>
      )}
      {options.map((option) => (
        <div class="choice" key={option.value}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name="mandate-kind"
            value={option.value}
            checked={kind === option.value}
            onChange={() => setKind(option.value)}
            data-label={legend}
          />
          <label for={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      {kind === 'decision' && (
        <div class="link-row">
          <TextField
            form={form}
            name="mandate-decidedOn"
            label={t('mandate.decidedOn')}
            hint={t('mandate.decidedOnHint')}
            type="date"
            required
            defaultValue={decision?.decidedOn}
          />
          <TextField
            form={form}
            name="mandate-decidedBy"
            label={t('mandate.decidedBy')}
            hint={t('mandate.decidedByHint')}
            maxLength={statementLimits.decidedBy}
            defaultValue={decision?.decidedBy}
            dir="auto"
          />
        </div>
      )}
    </fieldset>
  );
}

/** The mandate in the form, as the API takes it. */
export function mandateValue(data: FormData): Mandate {
  if (text(data, 'mandate-kind') !== 'decision') return { kind: 'standing' };
  const decidedBy = text(data, 'mandate-decidedBy');
  return {
    kind: 'decision',
    decidedOn: text(data, 'mandate-decidedOn'),
    ...(decidedBy ? { decidedBy } : {}),
  };
}

/** A mandate in words: "Standing mandate", or "Decision of the board, 15 January 2027". */
export function MandateText({ mandate }: { mandate: Mandate }) {
  const { t, rich, formatDate } = useI18n();
  if (mandate.kind === 'standing') return <>{t('mandate.standingShort')}</>;
  const date = formatDate(`${mandate.decidedOn}T12:00:00Z`, 'date');
  if (!mandate.decidedBy) return <>{t('mandate.decisionOn', { date })}</>;
  return <>{rich('mandate.decisionBy', { date, by: <bdi>{mandate.decidedBy}</bdi> })}</>;
}
