import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n.tsx';
import { SubmitButton } from './fields.tsx';
import type { Done, Form } from './form.ts';

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
