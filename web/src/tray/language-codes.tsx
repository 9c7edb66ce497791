import { useMemo, useState } from 'preact/hooks';
import { Field } from '../forms/fields.tsx';
import type { Form } from '../forms/form.ts';
import { useI18n } from '../i18n.tsx';

/** A language's name in the reader's language, or nothing for a code the browser does not know. */
export function useLanguageName() {
  const { language } = useI18n();
  const names = useMemo(
    () => new Intl.DisplayNames([language], { type: 'language', fallback: 'none' }),
    [language],
  );
  return (code: string) => {
    try {
      return code ? names.of(code) : undefined;
    } catch {
      return undefined;
    }
  };
}

/**
 * A field of ISO 639 codes (one, or several separated by commas or spaces), left to right in any
 * interface, with the languages' names beside it as the reader types, in the reader's language.
 */
export function LanguageCodesField({
  form,
  name,
  label,
  hint,
  required,
  defaultValue,
  maxLength,
}: {
  form: Form;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  defaultValue?: string;
  maxLength?: number;
}) {
  const { t, language } = useI18n();
  const languageName = useLanguageName();
  const [value, setValue] = useState(defaultValue ?? '');
  const codes = value.split(/[\s,]+/).filter(Boolean);
  const names = codes.map((code) => languageName(code) ?? `${code}: ${t('activityForm.unknownLanguage')}`);
  const output = form.id(`${name}-names`);
  return (
    <div class="language-codes">
      <Field form={form} name={name} label={label} hint={hint} required={required}>
        {(control) => (
          <input
            {...control}
            type="text"
            dir="ltr"
            defaultValue={defaultValue}
            maxLength={maxLength}
            autoComplete="off"
            aria-describedby={[control['aria-describedby'], output].filter(Boolean).join(' ')}
            onInput={(event) => setValue(event.currentTarget.value)}
          />
        )}
      </Field>
      <output id={output} class="language-name">
        {names.length > 0 && new Intl.ListFormat(language, { type: 'conjunction' }).format(names)}
      </output>
    </div>
  );
}
