import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Translate } from '#shared/i18n/format.ts';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { useErrorText } from '../load.tsx';

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
export type Done = ComponentChildren | undefined;

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

/** The text of a field, trimmed. */
export const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

/** A list typed as text: one item per line or between commas. */
export const list = (data: FormData, name: string) =>
  text(data, name)
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
