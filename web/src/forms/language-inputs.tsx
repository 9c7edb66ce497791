import { useState } from 'preact/hooks';
import { useI18n } from '../i18n.tsx';
import type { Form } from './form.ts';

/** Languages the network's people commonly work in, offered as suggestions; any other ISO 639 code is accepted too. */
const commonLanguages = [
  'fi',
  'sv',
  'en',
  'ru',
  'uk',
  'ar',
  'so',
  'fa',
  'prs',
  'ps',
  'ti',
  'am',
  'om',
  'ku',
  'ckb',
  'kmr',
  'tr',
  'az',
  'et',
  'lv',
  'lt',
  'pl',
  'ro',
  'bg',
  'sq',
  'sr',
  'bs',
  'hr',
  'mk',
  'el',
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'hu',
  'cs',
  'sk',
  'ka',
  'hy',
  'he',
  'ur',
  'hi',
  'bn',
  'pa',
  'ne',
  'ta',
  'si',
  'zh',
  'vi',
  'th',
  'my',
  'km',
  'tl',
  'id',
  'sw',
  'rw',
  'ln',
  'yo',
  'ig',
  'ha',
  'wo',
  'fr',
].filter((code, i, all) => all.indexOf(code) === i);

/** Inputs for ISO 639 codes (named in the reader's language), one more at a time, under one legend. */
export function LanguageInputs({
  form,
  initial,
  legend,
  max,
}: {
  form: Form;
  initial: string[];
  /** How many languages the form takes. */
  max: number;
  /** The group's name, when the form says more than "Languages". */
  legend?: string;
}) {
  const { t, languageName } = useI18n();
  const [count, setCount] = useState(Math.max(initial.length, 1));
  const listId = form.id('language-codes');
  return (
    <fieldset class="field" id={form.id('languages')}>
      <legend>{legend ?? t('peer.profile.languages')}</legend>
      <p class="hint">{t('peer.profile.languagesHint')}</p>
      {form.errorOf('languages') && (
        <p class="field-error">
          <strong>{t('form.error')}</strong> {form.errorOf('languages')}
        </p>
      )}
      <datalist id={listId}>
        {commonLanguages.map((code) => (
          <option key={code} value={code}>
            {languageName(code)}
          </option>
        ))}
      </datalist>
      {Array.from({ length: count }, (_, i) => (
        <div class="field" key={i}>
          <label for={form.id(`languages-${i}`)}>{t('peer.profile.language', { number: i + 1 })}</label>
          <input
            id={form.id(`languages-${i}`)}
            name="languages"
            list={listId}
            autoComplete="off"
            maxLength={8}
            defaultValue={initial[i] ?? ''}
            required={i === 0}
            data-label={t('peer.profile.language', { number: i + 1 })}
            dir="ltr"
          />
        </div>
      ))}
      {count < max && (
        <p>
          <button type="button" onClick={() => setCount(count + 1)}>
            {t('peer.profile.addLanguage')}
          </button>
        </p>
      )}
    </fieldset>
  );
}
