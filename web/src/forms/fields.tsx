import type { ComponentChildren, JSX } from 'preact';
import { type Language, languages } from '#shared/i18n/languages.ts';
import { useI18n } from '../i18n.tsx';
import type { Form } from './form.ts';

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
export const defaultSelected = (yes: boolean) =>
  ({ defaultSelected: yes }) as JSX.IntrinsicElements['option'];

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
