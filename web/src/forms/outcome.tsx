import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n.tsx';
import type { Form } from './form.ts';

const controls = 'input, select, textarea';

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
