import { useEffect, useRef } from 'preact/hooks';
import { Field } from '../forms/fields.tsx';
import type { Form } from '../forms/form.ts';
import { useI18n } from '../i18n.tsx';
import type { MeetingView } from '../types.ts';
import { agendaKinds, kindKeys, runningTimes } from './agenda.ts';
import { useRunsAt } from './agenda-list.tsx';

type Item = MeetingView['agenda'][number];

/** An agenda row as the form holds it: typed text, and what it is about as `consultation:<id>` or `statement:<id>`. */
export interface AgendaRow {
  key: number;
  title: string;
  description: string;
  kind: Item['kind'];
  minutes: string;
  presenter: string;
  about: string;
}

/** What an item can be about: the network's consultations and the host's statements, as the select offers them. */
export interface LinkChoices {
  consultations: { id: string; title: string; lang: string }[];
  statements: { id: string; title: string; lang: string }[];
}

let nextKey = 0;
export const rowOf = (item?: Item): AgendaRow => ({
  key: nextKey++,
  title: item?.title ?? '',
  description: item?.description ?? '',
  kind: item?.kind ?? 'presentation',
  minutes: String(item?.minutes ?? 20),
  presenter: item?.presenter ?? '',
  about: item?.consultationId
    ? `consultation:${item.consultationId}`
    : item?.statementId
      ? `statement:${item.statementId}`
      : '',
});

const minutesOf = (row: AgendaRow) => {
  const n = Number.parseInt(row.minutes, 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
};

/** The rows as the API takes the agenda. */
export function agendaOf(rows: AgendaRow[]) {
  return rows.map((row) => {
    const [kind, id] = row.about.split(/:(.*)/s);
    return {
      title: row.title.trim(),
      kind: row.kind,
      minutes: minutesOf(row),
      ...(row.description.trim() ? { description: row.description.trim() } : {}),
      ...(row.presenter.trim() ? { presenter: row.presenter.trim() } : {}),
      ...(kind === 'consultation' && id ? { consultationId: id } : {}),
      ...(kind === 'statement' && id ? { statementId: id } : {}),
    };
  });
}

/**
 * The agenda editor: items added, removed and moved up or down, each showing when it runs from the
 * meeting's start (clock times once the start is known). Fields are named by position
 * (`agenda-0-title`), as the API names its problems (`agenda.0.title`).
 */
export function AgendaEditor({
  form,
  rows,
  onChange,
  startsAt,
  choices,
}: {
  form: Form;
  rows: AgendaRow[];
  onChange(rows: AgendaRow[]): void;
  startsAt: string | undefined;
  choices: LinkChoices;
}) {
  const { t, formatNumber } = useI18n();
  const runsAt = useRunsAt();
  const spans = runningTimes(rows.map((row) => ({ minutes: minutesOf(row) })));
  const total = spans.at(-1)?.to ?? 0;
  // After adding, removing or moving a row, focus goes where the reader's work continues.
  const focusNext = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  });
  const addId = form.id('agenda-add');
  const set = (index: number, name: keyof AgendaRow) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    onChange(rows.map((row, i) => (i === index ? { ...row, [name]: value } : row)));
  };
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    const moved = [...rows];
    [moved[index], moved[to]] = [moved[to] as AgendaRow, moved[index] as AgendaRow];
    onChange(moved);
    const edge = to === 0 || to === rows.length - 1;
    focusNext.current = form.id(`agenda-${to}-${edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}`);
  };
  const known = new Set([
    ...choices.consultations.map((c) => `consultation:${c.id}`),
    ...choices.statements.map((s) => `statement:${s.id}`),
  ]);
  return (
    <fieldset class="group agenda-editor" id={form.id('agenda')}>
      <legend>{t('meetingEdit.agenda')}</legend>
      <p class="hint">{t('meetingEdit.agendaHint')}</p>
      {rows.length === 0 && <p>{t('meeting.agendaEmpty')}</p>}
      <ol class="agenda-rows">
        {rows.map((row, index) => {
          const number = index + 1;
          const span = spans[index] ?? { from: 0, to: 0 };
          return (
            <li key={row.key} class="agenda-row">
              <fieldset class="group">
                <legend>
                  {t('meetingEdit.item', { number })}{' '}
                  <span class="agenda-time" id={form.id(`agenda-${index}-runs`)}>
                    {runsAt(startsAt, span)}
                  </span>
                </legend>
                <Field form={form} name={`agenda-${index}-title`} label={t('meetingEdit.itemTitle')} required>
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      maxLength={200}
                      dir="auto"
                      value={row.title}
                      onInput={set(index, 'title')}
                    />
                  )}
                </Field>
                <div class="agenda-row-grid">
                  <Field form={form} name={`agenda-${index}-kind`} label={t('meetingEdit.itemKind')} required>
                    {(control) => (
                      <select {...control} value={row.kind} onChange={set(index, 'kind')}>
                        {agendaKinds.map((kind) => (
                          <option key={kind} value={kind}>
                            {t(kindKeys[kind])}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field
                    form={form}
                    name={`agenda-${index}-minutes`}
                    label={t('meetingEdit.itemMinutes')}
                    required
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="number"
                        class="short"
                        inputMode="numeric"
                        min={1}
                        max={480}
                        value={row.minutes}
                        onInput={set(index, 'minutes')}
                      />
                    )}
                  </Field>
                </div>
                <Field form={form} name={`agenda-${index}-presenter`} label={t('meetingEdit.itemPresenter')}>
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      maxLength={200}
                      dir="auto"
                      value={row.presenter}
                      onInput={set(index, 'presenter')}
                    />
                  )}
                </Field>
                <Field
                  form={form}
                  name={`agenda-${index}-description`}
                  label={t('meetingEdit.itemDescription')}
                >
                  {(control) => (
                    <textarea
                      {...control}
                      rows={3}
                      maxLength={2000}
                      dir="auto"
                      value={row.description}
                      onInput={set(index, 'description')}
                    />
                  )}
                </Field>
                <Field form={form} name={`agenda-${index}-about`} label={t('meetingEdit.itemAbout')}>
                  {(control) => (
                    <select {...control} value={row.about} onChange={set(index, 'about')}>
                      <option value="">{t('meetingEdit.aboutNothing')}</option>
                      {row.about && !known.has(row.about) && (
                        <option value={row.about}>{t('meetingEdit.aboutKept')}</option>
                      )}
                      {choices.consultations.length > 0 && (
                        <optgroup label={t('meetingEdit.consultations')}>
                          {choices.consultations.map((c) => (
                            <option key={c.id} value={`consultation:${c.id}`} lang={c.lang}>
                              {c.title}
                            </option>
                          ))}
                        </optgroup>
                      )}
                      {choices.statements.length > 0 && (
                        <optgroup label={t('meetingEdit.statements')}>
                          {choices.statements.map((s) => (
                            <option key={s.id} value={`statement:${s.id}`} lang={s.lang}>
                              {s.title}
                            </option>
                          ))}
                        </optgroup>
                      )}
                    </select>
                  )}
                </Field>
                <p class="actions">
                  {index > 0 && (
                    <button type="button" id={form.id(`agenda-${index}-up`)} onClick={() => move(index, -1)}>
                      {t('meetingEdit.moveUp', { number })}
                    </button>
                  )}
                  {index < rows.length - 1 && (
                    <button type="button" id={form.id(`agenda-${index}-down`)} onClick={() => move(index, 1)}>
                      {t('meetingEdit.moveDown', { number })}
                    </button>
                  )}
                  <button
                    type="button"
                    class="danger"
                    onClick={() => {
                      onChange(rows.filter((other) => other.key !== row.key));
                      focusNext.current = addId;
                    }}
                  >
                    {t('meetingEdit.removeItem', { number })}
                  </button>
                </p>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p class="agenda-total" aria-live="polite">
        {t('meetingEdit.total', {
          minutes: formatNumber(total, { style: 'unit', unit: 'minute', unitDisplay: 'long' }),
        })}
      </p>
      <p>
        <button
          type="button"
          id={addId}
          onClick={() => {
            onChange([...rows, rowOf()]);
            focusNext.current = form.id(`agenda-${rows.length}-title`);
          }}
        >
          {t('meetingEdit.addItem')}
        </button>
      </p>
    </fieldset>
  );
}
