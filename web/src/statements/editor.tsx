import { useRef, useState } from 'preact/hooks';
import { type Language, languageCodes, languages } from '#shared/i18n/languages.ts';
import { statementLimits } from '#shared/statements/limits.ts';
import { languageOf, Paragraphs } from '../consultations/text.tsx';
import { Field, TextField } from '../forms/fields.tsx';
import { type Form, text } from '../forms/form.ts';
import { useI18n } from '../i18n.tsx';
import type { StatementChanges } from '../types.ts';
import type { Texts } from './text.tsx';

function LanguageSelect({
  form,
  name,
  label,
  hint,
  selected,
  except,
}: {
  form: Form;
  name: string;
  label: string;
  hint?: string;
  selected: Language;
  except?: Language;
}) {
  return (
    <Field form={form} name={name} label={label} hint={hint} required>
      {(control) => (
        <select {...control}>
          {languages
            .filter((l) => l.code !== except)
            .map((l) => (
              <option key={l.code} value={l.code} lang={l.code} selected={l.code === selected}>
                {l.name}
              </option>
            ))}
        </select>
      )}
    </Field>
  );
}

/** One text as the reader will see it: the title, then the paragraphs. */
function Preview({ title, body, language }: { title: string; body: string; language: Language }) {
  const { t } = useI18n();
  const attributes = languageOf(language);
  return (
    <div class="preview-text">
      <p class="preview-title" {...attributes}>
        {title || <span class="muted">{t('statement.previewEmpty')}</span>}
      </p>
      {body ? <Paragraphs text={body} {...attributes} /> : <p class="muted">{t('statement.previewEmpty')}</p>}
    </div>
  );
}

interface Values {
  title: string;
  body: string;
  language: Language;
  translation?: { language: Language; title: string; body: string };
}

const isLanguage = (value: string): value is Language => (languageCodes as string[]).includes(value);
const languageIn = (data: FormData, name: string, fallback: Language) => {
  const value = text(data, name);
  return isLanguage(value) ? value : fallback;
};

/** The text in the form (and its translation, if the form has one). */
function valuesOf(data: FormData, fallback: Language): Values {
  const language = languageIn(data, 'language', fallback);
  return {
    title: text(data, 'title'),
    body: text(data, 'body'),
    language,
    ...(data.has('translation-title')
      ? {
          translation: {
            language: languageIn(data, 'translation-language', language),
            title: text(data, 'translation-title'),
            body: text(data, 'translation-body'),
          },
        }
      : {}),
  };
}

/**
 * The title, the text and its language, and an optional translation, with a preview that follows
 * what is typed. Fields are named as the API names them (`translation.title`).
 */
export function StatementFields({ form, s }: { form: Form; s?: Texts }) {
  const { t, language: ui, languageName } = useI18n();
  const [translated, setTranslated] = useState(Boolean(s?.translation));
  const initial: Values = s
    ? { title: s.title, body: s.body, language: s.language, translation: s.translation }
    : { title: '', body: '', language: ui };
  const [preview, setPreview] = useState<Values>(initial);
  const root = useRef<HTMLDivElement>(null);
  const follow = () => {
    const owner = root.current?.closest('form');
    if (owner) setPreview(valuesOf(new FormData(owner), initial.language));
  };
  const addId = form.id('add-translation');
  const translationLanguage = preview.translation?.language ?? (preview.language === 'fi' ? 'en' : 'fi');
  return (
    <div ref={root} onInput={follow} onChange={follow}>
      <LanguageSelect
        form={form}
        name="language"
        label={t('statement.language')}
        hint={t('statement.languageHint')}
        selected={initial.language}
      />
      <TextField
        form={form}
        name="title"
        label={t('statement.titleField')}
        required
        maxLength={statementLimits.title}
        defaultValue={s?.title}
        dir="auto"
      />
      <TextField
        form={form}
        name="body"
        label={t('statement.bodyField')}
        hint={t('consultation.textHint')}
        required
        multiline
        rows={14}
        maxLength={statementLimits.body}
        defaultValue={s?.body}
      />
      {translated ? (
        <fieldset class="group">
          <legend>{t('statement.translation')}</legend>
          <LanguageSelect
            form={form}
            name="translation-language"
            label={t('statement.translationLanguage')}
            selected={s?.translation?.language ?? translationLanguage}
            except={preview.language}
          />
          <TextField
            form={form}
            name="translation-title"
            label={t('statement.translationTitle')}
            required
            maxLength={statementLimits.title}
            defaultValue={s?.translation?.title}
            dir="auto"
          />
          <TextField
            form={form}
            name="translation-body"
            label={t('statement.translationBody')}
            hint={t('consultation.textHint')}
            required
            multiline
            rows={10}
            maxLength={statementLimits.body}
            defaultValue={s?.translation?.body}
          />
          <p>
            <button
              type="button"
              class="danger"
              onClick={() => {
                setTranslated(false);
                setPreview(({ translation: _dropped, ...rest }) => rest);
                requestAnimationFrame(() => document.getElementById(addId)?.focus());
              }}
            >
              {t('statement.removeTranslation')}
            </button>
          </p>
        </fieldset>
      ) : (
        <p>
          <button
            type="button"
            id={addId}
            onClick={() => {
              setTranslated(true);
              requestAnimationFrame(() => {
                follow();
                document.getElementById(form.id('translation-language'))?.focus();
              });
            }}
          >
            {t('statement.addTranslation')}
          </button>
        </p>
      )}
      <section class="preview" aria-labelledby={form.id('preview')}>
        <h3 id={form.id('preview')}>{t('statement.preview')}</h3>
        <p class="hint">{t('statement.previewHint')}</p>
        <Preview title={preview.title} body={preview.body} language={preview.language} />
        {preview.translation && (
          <>
            <h4>{t('statement.translationIn', { language: languageName(preview.translation.language) })}</h4>
            <Preview {...preview.translation} />
          </>
        )}
      </section>
    </div>
  );
}

/** The form's text as the API takes it for a new statement. */
export const statementValues = (data: FormData): Values => valuesOf(data, 'fi');

/** The form's text as the API takes it for an edit: a translation removed is sent as `null`, which removes it. */
/** The changes, with the version they were made to: the API refuses them if the text moved on meanwhile. */
export function statementChanges(data: FormData, had: Texts & { version: number }): StatementChanges {
  const { translation, ...rest } = valuesOf(data, had.language);
  const changes = { ...rest, version: had.version };
  if (translation) return { ...changes, translation };
  return had.translation ? { ...changes, translation: null } : changes;
}
