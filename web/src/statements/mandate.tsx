import { useState } from 'preact/hooks';
import { statementLimits } from '#shared/statements/limits.ts';
import { TextField } from '../forms/fields.tsx';
import { type Form, text } from '../forms/form.ts';
import { useI18n } from '../i18n.tsx';
import { usePages } from '../load.tsx';
import type { Mandate } from '../types.ts';

/** A decision of a network meeting's published minutes, as `GET /api/meeting-decisions` lists them. */
interface MeetingDecision {
  meetingId: string;
  meetingTitle: string;
  decidedOn: string;
  decisionId: string;
  text: string;
}

/** The form's kinds: a meeting decision is a decision that names the meeting and its decision. */
type Kind = Mandate['kind'] | 'meeting';
const kindOf = (m: Mandate | undefined): Kind =>
  m?.kind === 'decision' && m.meeting ? 'meeting' : (m?.kind ?? 'standing');

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
  const [kind, setKind] = useState<Kind>(kindOf(initial));
  const decision = initial?.kind === 'decision' ? initial : undefined;
  const id = form.id('mandate-kind');
  const options: { value: Kind; label: string }[] = [
    { value: 'standing', label: t('mandate.standing') },
    { value: 'decision', label: t('mandate.decision') },
    { value: 'meeting', label: t('mandate.meeting') },
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
      {kind === 'meeting' && <MeetingDecisionChoice form={form} initial={decision?.meeting} />}
    </fieldset>
  );
}

/** The recent decisions of network meetings, newest first, to choose the one that mandates signing. */
function MeetingDecisionChoice({
  form,
  initial,
}: {
  form: Form;
  initial?: { meetingId: string; decisionId: string };
}) {
  const { t, formatDate } = useI18n();
  const decisions = usePages<MeetingDecision>('/api/meeting-decisions');
  const id = form.id('mandate-meeting');
  if (decisions.empty) return <p>{t('mandate.meetingNone')}</p>;
  const chosen = initial && `${initial.meetingId} ${initial.decisionId} `;
  return (
    <div class="field">
      <label for={id}>{t('mandate.meetingDecision')}</label>
      <select id={id} name="mandate-meeting" required>
        {decisions.items.map((d) => {
          // The day goes along, though the API dates the mandate from the meeting itself.
          const value = `${d.meetingId} ${d.decisionId} ${d.decidedOn}`;
          return (
            <option key={value} value={value} selected={chosen !== undefined && value.startsWith(chosen)}>
              {`${d.meetingTitle}, ${formatDate(`${d.decidedOn}T12:00:00Z`, 'date')}: ${d.text.slice(0, 120)}`}
            </option>
          );
        })}
      </select>
      {decisions.more && (
        <button type="button" onClick={decisions.more}>
          {t('mandate.meetingMore')}
        </button>
      )}
    </div>
  );
}

/** The mandate in the form, as the API takes it. */
export function mandateValue(data: FormData): Mandate {
  const kind = text(data, 'mandate-kind');
  if (kind === 'meeting') {
    const [meetingId = '', decisionId = '', decidedOn = ''] = text(data, 'mandate-meeting').split(' ');
    return { kind: 'decision', decidedOn, meeting: { meetingId, decisionId } };
  }
  if (kind !== 'decision') return { kind: 'standing' };
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
  if (mandate.meeting)
    return (
      <a href={`/meetings/${mandate.meeting.meetingId}#decision-${mandate.meeting.decisionId}`}>
        {rich('mandate.meetingOf', { date, meeting: <bdi>{mandate.decidedBy ?? ''}</bdi> })}
      </a>
    );
  if (!mandate.decidedBy) return <>{t('mandate.decisionOn', { date })}</>;
  return <>{rich('mandate.decisionBy', { date, by: <bdi>{mandate.decidedBy}</bdi> })}</>;
}
