import { useEffect, useRef, useState } from 'preact/hooks';
import { type Language, languageCodes, languages } from '#shared/i18n/languages.ts';
import { Choices, Field, TextField } from '../forms/fields.tsx';
import { type Form, text } from '../forms/form.ts';
import { useI18n } from '../i18n.tsx';
import { topicOptions } from '../topics.ts';
import type { Consultation, ConsultationText } from '../types.ts';
import { kindKeys } from './keys.ts';
import { webAddressPattern } from './links.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO moment as a datetime-local value, in the browser's time (as the input reads it back). */
export const localDateTime = (iso: string | undefined) => {
  if (!iso) return undefined;
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** Moves focus to an element once it has rendered (a row just added, or the control after one removed). */
function useFocusAfterRender() {
  const target = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!target.current) return;
    document.getElementById(target.current)?.focus();
    target.current = undefined;
  });
  return (id: string) => {
    target.current = id;
  };
}

/** The title and summaries in one language; fields are named as the API names them (`texts.fi.title`). */
function TextGroup({
  form,
  language,
  original,
  value,
  onRemove,
}: {
  form: Form;
  language: Language;
  original?: boolean;
  value: ConsultationText | undefined;
  onRemove?: () => void;
}) {
  const { t, languageName } = useI18n();
  const name = languageName(language);
  const inLanguage = (label: string) => `${label} ${t('consultation.inLanguage', { language: name })}`;
  const prefix = `texts-${language}`;
  return (
    <fieldset class="group">
      <legend>
        {original
          ? t('consultation.originalText', { language: name })
          : t('consultation.translation', { language: name })}
      </legend>
      <TextField
        form={form}
        name={`${prefix}-title`}
        label={inLanguage(t('consultation.titleField'))}
        required
        maxLength={200}
        defaultValue={value?.title}
        lang={language}
        dir="auto"
      />
      <TextField
        form={form}
        name={`${prefix}-summary`}
        label={inLanguage(t('consultation.summary'))}
        hint={t('consultation.textHint')}
        required
        multiline
        maxLength={4000}
        defaultValue={value?.summary}
        lang={language}
      />
      <TextField
        form={form}
        name={`${prefix}-plainSummary`}
        label={inLanguage(t('consultation.plainSummaryField'))}
        hint={t('consultation.plainSummaryHint')}
        multiline
        maxLength={2000}
        defaultValue={value?.plainSummary}
        lang={language}
      />
      {onRemove && (
        <p>
          <button type="button" class="danger" onClick={onRemove}>
            {t('consultation.removeTranslation', { language: name })}
          </button>
        </p>
      )}
    </fieldset>
  );
}

/**
 * The texts: the original language's, and translations added one language at a time. The
 * original's fields keep what was typed when the original language is changed.
 */
function Texts({ form, c }: { form: Form; c?: Consultation }) {
  const { t, language } = useI18n();
  const [original, setOriginal] = useState<Language>(c?.originalLanguage ?? language);
  const [extras, setExtras] = useState<Language[]>(() =>
    languageCodes.filter((code) => code !== c?.originalLanguage && c?.texts[code]),
  );
  const focus = useFocusAfterRender();
  const addId = form.id('add-translation');
  const available = languageCodes.filter((code) => code !== original && !extras.includes(code));
  const add = () => {
    const chosen = (document.getElementById(addId) as HTMLSelectElement | null)?.value as
      | Language
      | undefined;
    if (!chosen) return;
    setExtras([...extras, chosen]);
    focus(form.id(`texts-${chosen}-title`));
  };
  return (
    <>
      <Field
        form={form}
        name="originalLanguage"
        label={t('consultation.originalLanguage')}
        hint={t('consultation.originalLanguageHint')}
        required
      >
        {(control) => (
          <select
            {...control}
            value={original}
            onChange={(event) => {
              const chosen = (event.currentTarget as HTMLSelectElement).value as Language;
              // A stored text in the former original language stays, as a translation.
              const kept = c?.texts[original] ? [original] : [];
              setOriginal(chosen);
              setExtras([...extras.filter((code) => code !== chosen), ...kept]);
            }}
          >
            {languages.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextGroup key="original" form={form} language={original} original value={c?.texts[original]} />
      {extras.map((code) => (
        <TextGroup
          key={code}
          form={form}
          language={code}
          value={c?.texts[code]}
          onRemove={() => {
            setExtras(extras.filter((other) => other !== code));
            focus(addId);
          }}
        />
      ))}
      {available.length > 0 && (
        <div class="field add-row">
          <label for={addId}>{t('consultation.addTranslation')}</label>
          <div class="actions">
            <select id={addId}>
              {languages
                .filter((l) => available.includes(l.code))
                .map((l) => (
                  <option key={l.code} value={l.code} lang={l.code}>
                    {l.name}
                  </option>
                ))}
            </select>
            <button type="button" onClick={add}>
              {t('consultation.addTranslationButton')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

/** Links to documents, a title and an address each; rows are named by position (`links.0.url`). */
function Links({ form, links }: { form: Form; links: Consultation['links'] }) {
  const { t } = useI18n();
  const next = useRef(0);
  const [rows, setRows] = useState<{ key: number; link?: Consultation['links'][number] }[]>(() =>
    links.map((link) => ({ key: next.current++, link })),
  );
  const focus = useFocusAfterRender();
  const addId = form.id('add-link');
  return (
    <fieldset class="group" id={form.id('links')}>
      <legend>{t('consultation.documents')}</legend>
      {rows.map((row, index) => (
        <div class="link-row" key={row.key}>
          <TextField
            form={form}
            name={`links-${index}-title`}
            label={t('consultation.linkTitle', { number: index + 1 })}
            required
            maxLength={200}
            defaultValue={row.link?.title}
            dir="auto"
          />
          <TextField
            form={form}
            name={`links-${index}-url`}
            label={t('consultation.linkUrl', { number: index + 1 })}
            type="url"
            pattern={webAddressPattern}
            required
            maxLength={2000}
            defaultValue={row.link?.url}
            dir="auto"
          />
          <p>
            <button
              type="button"
              class="danger"
              onClick={() => {
                setRows(rows.filter((other) => other.key !== row.key));
                focus(addId);
              }}
            >
              {t('consultation.removeLink', { number: index + 1 })}
            </button>
          </p>
        </div>
      ))}
      <p>
        <button
          type="button"
          id={addId}
          onClick={() => {
            setRows([...rows, { key: next.current++ }]);
            focus(form.id(`links-${rows.length}-title`));
          }}
        >
          {t('consultation.addLink')}
        </button>
      </p>
    </fieldset>
  );
}

/** Everything about a consultation but its body: shared by the new consultation and the edit form. */
export function ConsultationFields({
  form,
  c,
  contact,
}: {
  form: Form;
  c?: Consultation;
  /** Who to name as the contact of a new consultation (the person writing it). */
  contact?: { name?: string; email: string };
}) {
  const { t } = useI18n();
  return (
    <>
      <Field form={form} name="kind" label={t('consultation.kind')} required>
        {(control) => (
          <select {...control}>
            {Object.entries(kindKeys).map(([kind, key]) => (
              <option key={kind} value={kind} selected={kind === (c?.kind ?? 'consultation')}>
                {t(key)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Texts form={form} c={c} />
      <Choices
        form={form}
        name="topics"
        type="checkbox"
        label={t('organisation.topics')}
        hint={t('consultation.topicsHint')}
        options={topicOptions(t)}
        checked={c?.topics}
      />
      <TextField
        form={form}
        name="statementDeadline"
        label={t('consultation.statementDeadline')}
        hint={t('consultation.deadlineHint')}
        type="datetime-local"
        defaultValue={localDateTime(c?.statementDeadline)}
      />
      <TextField
        form={form}
        name="decisionDate"
        label={t('consultation.decisionDate')}
        hint={t('consultation.decisionDateHint')}
        type="date"
        defaultValue={c?.decisionDate}
      />
      <Links form={form} links={c?.links ?? []} />
      <fieldset class="group">
        <legend>{t('consultation.contact')}</legend>
        <TextField
          form={form}
          name="contact-name"
          label={t('apply.contactName')}
          required
          maxLength={120}
          defaultValue={c?.contact.name ?? contact?.name}
          dir="auto"
        />
        <TextField
          form={form}
          name="contact-email"
          label={t('apply.contactEmail')}
          type="email"
          required
          defaultValue={c?.contact.email ?? contact?.email}
        />
        <TextField
          form={form}
          name="contact-phone"
          label={t('consultation.contactPhone')}
          type="tel"
          maxLength={40}
          defaultValue={c?.contact.phone}
        />
      </fieldset>
    </>
  );
}

/** The form's data as the API takes it (for POST, with `bodyId` added, and for PATCH). */
export function consultationValues(data: FormData) {
  const texts = Object.fromEntries(
    languageCodes.flatMap((code) => {
      if (!data.has(`texts-${code}-title`)) return [];
      const plainSummary = text(data, `texts-${code}-plainSummary`);
      const value = {
        title: text(data, `texts-${code}-title`),
        summary: text(data, `texts-${code}-summary`),
        ...(plainSummary ? { plainSummary } : {}),
      };
      return [[code, value]];
    }),
  );
  const links = [];
  for (let index = 0; data.has(`links-${index}-url`); index++) {
    links.push({ title: text(data, `links-${index}-title`), url: text(data, `links-${index}-url`) });
  }
  const statementDeadline = text(data, 'statementDeadline');
  const decisionDate = text(data, 'decisionDate');
  const phone = text(data, 'contact-phone');
  return {
    kind: text(data, 'kind'),
    originalLanguage: text(data, 'originalLanguage'),
    texts,
    topics: data.getAll('topics'),
    links,
    // datetime-local is the browser's local time; the API wants a moment with its offset.
    ...(statementDeadline ? { statementDeadline: new Date(statementDeadline).toISOString() } : {}),
    ...(decisionDate ? { decisionDate } : {}),
    contact: {
      name: text(data, 'contact-name'),
      email: text(data, 'contact-email'),
      ...(phone ? { phone } : {}),
    },
  };
}
