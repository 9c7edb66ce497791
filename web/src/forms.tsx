import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '#shared/i18n/format.ts';
import { type Language, languages } from '#shared/i18n/languages.ts';
import { ApiError } from './api.ts';
import { useI18n } from './i18n.tsx';
import { useErrorText } from './load.tsx';

interface Problem {
  /** The id of the field it is about, when the form has that field. */
  id?: string;
  label?: string;
  message: string;
}

type Outcome =
  | { kind: 'failed'; message?: string; problems: Problem[] }
  | { kind: 'done'; message: ComponentChildren };

/** What an action answers: a message to show, or nothing (it navigated away, say). */
type Done = ComponentChildren | undefined;

export interface Form {
  id(name: string): string;
  busy: boolean;
  outcome: Outcome | undefined;
  errorOf(name: string): string | undefined;
  /**
   * The form's onSubmit: checks what the browser can check, then runs the action with the form's
   * data; `clear` empties the form after a success (for forms that add one thing after another).
   */
  submit(action: (data: FormData) => Promise<Done>, options?: { clear?: boolean }): (event: Event) => void;
  /** Runs an action that is not a form's (a button's). */
  run(action: () => Promise<Done>): void;
  reset(): void;
}

/** An API field path (`contact.email`, `representatives.0`) as the name of the field showing it. */
const fieldName = (path: string) =>
  path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('-');

const controls = 'input, select, textarea';

function labelOf(element: Element | null): string | undefined {
  if (!element) return undefined;
  if (element instanceof HTMLFieldSetElement)
    return element.querySelector('legend')?.textContent ?? undefined;
  return (element as HTMLElement).dataset.label;
}

function validityMessage(element: HTMLInputElement, t: Translate): string {
  const { validity, type } = element;
  if (validity.valueMissing) {
    if (type === 'checkbox') return t('form.tick');
    return t(type === 'radio' || type === 'select-one' ? 'field.choice' : 'field.required');
  }
  if (type === 'url' && (validity.typeMismatch || validity.patternMismatch)) return t('field.url');
  if (validity.typeMismatch) return t('field.email');
  if (validity.tooShort) return t('field.tooShort', { min: element.minLength });
  if (validity.rangeUnderflow || validity.rangeOverflow) {
    return t('form.range', { min: element.min, max: element.max });
  }
  return t('field.format');
}

/**
 * One form's state: its busy flag and its outcome (the problems, or the success message). Field
 * ids are `scope-name`, so several forms can share a page.
 */
export function useForm(scope: string): Form {
  const { t, has } = useI18n();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const busyRef = useRef(false);
  const id = (name: string) => `${scope}-${name}`;

  const checked = (form: HTMLFormElement): Problem[] => {
    const problems: Problem[] = [];
    const seen = new Set<string>();
    for (const element of Array.from(form.elements) as HTMLInputElement[]) {
      if (!element.willValidate || element.checkValidity() || seen.has(element.name)) continue;
      seen.add(element.name);
      const message = validityMessage(element, t);
      const group = element.type === 'radio' ? element.closest('fieldset') : null;
      problems.push({ id: group?.id ?? element.id, label: labelOf(group ?? element), message });
    }
    return problems;
  };

  const failure = (error: unknown, form?: HTMLFormElement): Outcome => {
    const body = error instanceof ApiError ? error.body?.error : undefined;
    const fields = body?.fields ?? [];
    const problems = fields.map(({ field, code, params, ...english }) => {
      // The API names what is wrong; its English sentence is the last resort.
      const key = `field.${code}`;
      const message = code && has(key) ? t(key, params) : english.message;
      // A row of a repeated group (`links.0.url`) has its own field; a list typed as text has one for all.
      for (const fieldId of [id(field.split('.').join('-')), id(fieldName(field))]) {
        const element = form?.querySelector(`[id="${fieldId}"]`);
        if (element) return { id: fieldId, label: labelOf(element), message };
      }
      return { message };
    });
    // The API's own summary of a validation failure is in English; the heading says it already.
    const message = body?.code === 'validation_failed' && problems.length > 0 ? undefined : errorText(error);
    return { kind: 'failed', message, problems };
  };

  const run = async (action: () => Promise<Done>, form?: HTMLFormElement, clear = false) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    try {
      const message = await action();
      setOutcome(message === undefined ? undefined : { kind: 'done', message });
      if (clear) form?.reset();
    } catch (error) {
      setOutcome(failure(error, form));
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  return {
    id,
    busy,
    outcome,
    errorOf: (name) =>
      outcome?.kind === 'failed' ? outcome.problems.find((p) => p.id === id(name))?.message : undefined,
    submit: (action, options) => (event) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const problems = checked(form);
      if (problems.length > 0) setOutcome({ kind: 'failed', problems });
      else run(() => action(new FormData(form)), form, options?.clear);
    },
    run: (action) => run(action),
    reset: () => setOutcome(undefined),
  };
}

function focusField(event: MouseEvent, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  const control = target?.matches(controls) ? target : target?.querySelector<HTMLElement>(controls);
  control?.focus();
  control?.scrollIntoView({ block: 'center' });
}

/** The outcome of the last submit: an error summary linking to the fields, or the success message. Takes focus. */
export function Outcome({ form }: { form: Form }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const { outcome } = form;
  useEffect(() => ref.current?.focus(), [outcome]);
  if (!outcome) return null;
  if (outcome.kind === 'done') {
    return (
      <div ref={ref} class="notice" role="status" tabIndex={-1}>
        {outcome.message}
      </div>
    );
  }
  return (
    <div ref={ref} class="error-summary" role="alert" tabIndex={-1}>
      <p class="error-summary-title">{t(outcome.problems.length > 0 ? 'form.problem' : 'form.notDone')}</p>
      {outcome.message && <p>{outcome.message}</p>}
      {outcome.problems.length > 0 && (
        <ul>
          {outcome.problems.map((problem, index) => {
            const text = problem.label ? `${problem.label}: ${problem.message}` : problem.message;
            const id = problem.id;
            return (
              <li key={index}>
                {id ? (
                  <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** The attributes that tie a control to its label, hint and error. */
interface ControlProps {
  id: string;
  name: string;
  required?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'data-label': string;
}

interface FieldProps {
  form: Form;
  name: string;
  label: string;
  hint?: ComponentChildren;
  required?: boolean;
}

function useControl({ form, name, label, hint, required }: FieldProps) {
  const id = form.id(name);
  const error = form.errorOf(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const control: ControlProps = {
    id,
    name,
    required,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
    'data-label': label,
  };
  return { id, error, control };
}

function Hint({ id, hint, error }: { id: string; hint?: ComponentChildren; error?: string }) {
  const { t } = useI18n();
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          <strong>{t('form.error')}</strong> {error}
        </p>
      )}
    </>
  );
}

function RequiredMark() {
  const { t } = useI18n();
  return <span class="required"> ({t('form.required')})</span>;
}

/** A labelled control; `children` gets the attributes to spread on it. */
export function Field(props: FieldProps & { children: (control: ControlProps) => JSX.Element }) {
  const { id, error, control } = useControl(props);
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>
        {props.label}
        {props.required && <RequiredMark />}
      </label>
      <Hint id={id} hint={props.hint} error={error} />
      {props.children(control)}
    </div>
  );
}

interface InputProps {
  type?: 'text' | 'email' | 'number' | 'url' | 'tel' | 'date' | 'datetime-local';
  autoComplete?: string;
  inputMode?: 'numeric';
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  defaultValue?: string;
  class?: string;
  dir?: 'auto';
  lang?: string;
}

export function TextField({
  form,
  name,
  label,
  hint,
  required,
  ...input
}: FieldProps & InputProps & { multiline?: boolean; rows?: number }) {
  const { multiline, rows = 5, ...attributes } = input;
  return (
    <Field form={form} name={name} label={label} hint={hint} required={required}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            rows={rows}
            dir="auto"
            lang={attributes.lang}
            maxLength={attributes.maxLength}
            defaultValue={attributes.defaultValue}
          />
        ) : (
          // Preact's input types ask for a `list` with some types; none of these fields has one.
          <input {...({ type: 'text', ...attributes, ...control } as JSX.IntrinsicElements['input'])} />
        )
      }
    </Field>
  );
}

// Preact's types lack `defaultSelected`; Preact sets it as the DOM property like any other.
const defaultSelected = (yes: boolean) => ({ defaultSelected: yes }) as JSX.IntrinsicElements['option'];

/** The eight UI languages, for the language of someone's emails. */
export function LanguageField(props: FieldProps & { selected?: Language }) {
  const { language } = useI18n();
  const selected = props.selected ?? language;
  return (
    <Field {...props}>
      {(control) => (
        <select {...control}>
          {languages.map((l) => (
            // The default, not the current choice: a form's reset() returns to it.
            <option key={l.code} value={l.code} lang={l.code} {...defaultSelected(l.code === selected)}>
              {l.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A group of checkboxes or radio buttons under a legend. */
export function Choices({
  form,
  name,
  label,
  hint,
  required,
  type,
  options,
  checked = [],
}: FieldProps & {
  type: 'checkbox' | 'radio';
  options: { value: string; label: string }[];
  checked?: readonly string[];
}) {
  const { id, error, control } = useControl({ form, name, label, hint, required });
  return (
    <fieldset
      id={id}
      class={error ? 'field choices invalid' : 'field choices'}
      aria-describedby={control['aria-describedby']}
    >
      <legend>
        {label}
        {required && <RequiredMark />}
      </legend>
      <Hint id={id} hint={hint} error={error} />
      <div class={type === 'checkbox' ? 'choice-grid' : undefined}>
        {options.map((option) => (
          <div class="choice" key={option.value}>
            <input
              type={type}
              id={`${id}-${option.value}`}
              name={name}
              value={option.value}
              required={required}
              defaultChecked={checked.includes(option.value)}
              data-label={label}
            />
            <label for={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** One checkbox, for a yes that the form needs. */
export function Checkbox(props: FieldProps & { value: string }) {
  const { id, error, control } = useControl(props);
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <Hint id={id} error={error} />
      <div class="choice">
        <input type="checkbox" {...control} value={props.value} />
        <label for={id}>
          {props.label}
          {props.required && <RequiredMark />}
        </label>
      </div>
    </div>
  );
}

export function SubmitButton({ form, children, danger }: { form: Form; children: string; danger?: boolean }) {
  return (
    <button type="submit" class={danger ? 'primary danger' : 'primary'} aria-disabled={form.busy}>
      {children}
    </button>
  );
}

/**
 * A button whose action needs a second, deliberate yes: the first press shows the question (and
 * any fields in `children`), the confirm and cancel buttons.
 */
export function Confirmable({
  form,
  label,
  question,
  confirm,
  dismiss,
  onConfirm,
  children,
}: {
  form: Form;
  label: ComponentChildren;
  question: ComponentChildren;
  confirm: string;
  /** The button that closes the question; "Cancel" unless that would be ambiguous. */
  dismiss?: string;
  onConfirm: (data: FormData) => Promise<Done>;
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (open) questionRef.current?.focus();
    else if (opened.current) startRef.current?.focus();
    opened.current = open;
  }, [open]);
  if (!open) {
    return (
      <p>
        <button ref={startRef} type="button" class="danger" onClick={() => setOpen(true)}>
          {label}
        </button>
      </p>
    );
  }
  return (
    <form class="confirm" noValidate onSubmit={form.submit(onConfirm)}>
      <p ref={questionRef} tabIndex={-1} class="confirm-question">
        {question}
      </p>
      {children}
      <div class="actions">
        <SubmitButton form={form} danger>
          {confirm}
        </SubmitButton>
        <button type="button" onClick={() => setOpen(false)}>
          {dismiss ?? t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The text of a field, trimmed. */
export const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

/** A list typed as text: one item per line or between commas. */
export const list = (data: FormData, name: string) =>
  text(data, name)
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** A message that appears in place of what was done (a sent form, say); takes focus when it appears. */
export function Notice({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} class="notice" role="status" tabIndex={-1}>
      {children}
    </div>
  );
}
