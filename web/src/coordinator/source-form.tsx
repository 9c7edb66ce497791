import { useRef, useState } from 'preact/hooks';
import type { Language } from '#shared/i18n/languages.ts';
import { feedKinds, isPreset, presetHints, presetKinds, presetOf } from '#shared/sources/kinds.ts';
import { ApiError, send } from '../api.ts';
import { bodyNameIn } from '../bodies.tsx';
import { Choices, defaultSelected, Field, LanguageField, SubmitButton, TextField } from '../forms/fields.tsx';
import { type Form, list, text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { topicOptions } from '../topics.ts';
import type { Body, Source, SourceChanges, SourceInput, SourcePreview, SourceProblem } from '../types.ts';
import { PreviewResult } from './source-preview.tsx';

type Kind = Source['kind'];

export const kindLabels: Record<Kind, string> = {
  rss: 'RSS 2.0',
  atom: 'Atom',
  json: 'JSON API',
  dynasty: 'Dynasty',
  ahjo: 'Ahjo (Helsinki)',
  kerrokantasi: 'Kerrokantasi',
  lausuntopalvelu: 'Lausuntopalvelu.fi',
  kuntalaisaloite: 'Kuntalaisaloite.fi',
};

/** Keyword rows: each gives the items that mention one of its words a topic. */
function RuleFields({ form, rules }: { form: Form; rules: Source['rules'] }) {
  const { t } = useI18n();
  const [rows, setRows] = useState(Math.max(1, rules.length));
  return (
    <fieldset class="field">
      <legend>{t('sources.rules')}</legend>
      <p class="hint">{t('sources.rulesHint')}</p>
      {Array.from({ length: rows }, (_, i) => (
        <div class="rule" key={i}>
          <TextField
            form={form}
            name={`rule-${i}-keywords`}
            label={t('sources.ruleKeywords', { number: i + 1 })}
            defaultValue={rules[i]?.keywords.join(', ')}
          />
          <Field form={form} name={`rule-${i}-topic`} label={t('sources.ruleTopic', { number: i + 1 })}>
            {(control) => (
              <select {...control}>
                {topicOptions(t).map((option) => (
                  <option
                    key={option.value}
                    value={option.value}
                    {...defaultSelected(rules[i]?.topics[0] === option.value)}
                  >
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ))}
      {rows < 30 && (
        <button type="button" onClick={() => setRows(rows + 1)}>
          {t('sources.addRule')}
        </button>
      )}
    </fieldset>
  );
}

function rulesOf(data: FormData) {
  return Array.from(data.keys())
    .filter((key) => /^rule-\d+-keywords$/.test(key))
    .flatMap((key) => {
      const keywords = list(data, key);
      const topic = text(data, key.replace('keywords', 'topic'));
      return keywords.length > 0 ? [{ keywords, topics: [topic] }] : [];
    });
}

const mappingOf = (data: FormData) => ({
  items: text(data, 'mapping-items'),
  id: text(data, 'mapping-id'),
  title: text(data, 'mapping-title'),
  ...(text(data, 'mapping-url') ? { url: text(data, 'mapping-url') } : {}),
  ...(text(data, 'mapping-summary') ? { summary: text(data, 'mapping-summary') } : {}),
});

/** What both adding and changing a source send: every field but the body. */
function fieldsOf(data: FormData, kind: Kind) {
  return {
    name: text(data, 'name'),
    url: text(data, 'url'),
    kind,
    language: text(data, 'language') as Language,
    topics: data.getAll('topics') as SourceInput['topics'],
    keywords: list(data, 'keywords'),
    rules: rulesOf(data) as SourceInput['rules'],
    everyMinutes: Number(text(data, 'everyMinutes')),
    ...(kind === 'json' ? { mapping: mappingOf(data) } : {}),
  };
}

/** What a preset expects to be pasted, with an address of that shape. */
function PresetHintText({ kind }: { kind: Kind }) {
  const { t } = useI18n();
  if (!isPreset(kind)) return <>{t('sources.urlHint')}</>;
  return (
    <>
      {t(`sources.preset.${kind}`)} {t('sources.example')}{' '}
      <code class="hash-inline" dir="ltr">
        {presetHints[kind].example}
      </code>
    </>
  );
}

/**
 * The fields of a source, to add one (`bodies` to choose from) or to change one (`source`, whose
 * values fill them in). Choosing a preset sets the language its system writes in and says what to
 * paste; a pasted address of a known system suggests its preset; "Preview" reads the first items
 * without saving anything.
 */
export function SourceForm({
  scope,
  source,
  bodies,
  onSaved,
  onCancel,
}: {
  scope: string;
  source?: Source;
  bodies: Body[];
  onSaved(saved: Source): string | undefined;
  onCancel?: () => void;
}) {
  const { t, language } = useI18n();
  const form = useForm(scope);
  const preview = useForm(`${scope}-preview`);
  const formRef = useRef<HTMLFormElement>(null);
  const initialKind: Kind = source?.kind ?? presetKinds[0];
  const [kind, setKind] = useState<Kind>(initialKind);
  const [url, setUrl] = useState(source?.url ?? '');
  const [result, setResult] = useState<{
    read: { preview: SourcePreview } | { problem: SourceProblem };
    language: Language;
  }>();
  const suggested = presetOf(url);
  const body = source && bodies.find((b) => b.id === source.bodyId);

  const choose = (next: Kind) => {
    setKind(next);
    setResult(undefined);
    const languageField = formRef.current?.elements.namedItem('language');
    if (isPreset(next) && languageField instanceof HTMLSelectElement) {
      languageField.value = presetHints[next].language;
    }
  };

  const save = form.submit(
    async (data) => {
      const fields = fieldsOf(data, kind);
      const saved = source
        ? await send<Source>(
            'PATCH',
            `/api/sources/${encodeURIComponent(source.id)}`,
            fields as SourceChanges,
          )
        : await send<Source>('POST', '/api/sources', { bodyId: text(data, 'bodyId'), ...fields });
      setResult(undefined);
      return onSaved(saved);
    },
    { clear: !source },
  );

  const readPreview = () =>
    preview.run(async () => {
      const data = new FormData(formRef.current ?? undefined);
      const { url: address, mapping, language: sourceLanguage } = fieldsOf(data, kind);
      try {
        const read = await send<SourcePreview>('POST', '/api/sources/preview', {
          kind,
          url: address,
          language: sourceLanguage,
          ...(mapping ? { mapping } : {}),
        });
        setResult({ read: { preview: read }, language: sourceLanguage });
      } catch (error) {
        // A document that cannot be read is the preview's finding, said beside the items it would show.
        if (!(error instanceof ApiError && error.status === 422 && error.body)) throw error;
        setResult({ read: { problem: error.body.error }, language: sourceLanguage });
      }
      return undefined;
    });

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={save}
      onReset={() => {
        setKind(initialKind);
        setUrl('');
        setResult(undefined);
      }}
    >
      <Outcome form={form} />
      {source ? (
        <p>
          {t('sources.body')}: {body ? bodyNameIn(body, language) : ''}
        </p>
      ) : (
        <Field form={form} name="bodyId" label={t('sources.body')} required>
          {(control) => (
            <select {...control}>
              {bodies.map((body) => (
                <option key={body.id} value={body.id}>
                  {bodyNameIn(body, language)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <TextField
        form={form}
        name="name"
        label={t('sources.name')}
        required
        maxLength={120}
        defaultValue={source?.name}
      />
      <Field form={form} name="kind" label={t('sources.kind')} required>
        {(control) => (
          <select {...control} value={kind} onChange={(event) => choose(event.currentTarget.value as Kind)}>
            <optgroup label={t('sources.kindPresets')}>
              {presetKinds.map((k) => (
                <option key={k} value={k}>
                  {kindLabels[k]}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('sources.kindFeeds')}>
              {feedKinds.map((k) => (
                <option key={k} value={k}>
                  {kindLabels[k]}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      <Field form={form} name="url" label={t('sources.url')} required hint={<PresetHintText kind={kind} />}>
        {(control) => (
          <input
            {...control}
            type="url"
            dir="ltr"
            defaultValue={source?.url}
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
        )}
      </Field>
      {suggested && suggested !== kind && (
        <div class="note">
          <p>{t('sources.recognised', { system: kindLabels[suggested] })}</p>
          <button type="button" onClick={() => choose(suggested)}>
            {t('sources.usePreset', { system: kindLabels[suggested] })}
          </button>
        </div>
      )}
      {kind === 'lausuntopalvelu' && <p class="note">{t('sources.lausuntopalveluBody')}</p>}
      {kind === 'json' && (
        <fieldset class="field">
          <legend>{t('sources.mapping')}</legend>
          <p class="hint">{t('sources.mappingHint')}</p>
          <TextField
            form={form}
            name="mapping-items"
            label={t('sources.mappingItems')}
            defaultValue={source?.mapping?.items}
          />
          <TextField
            form={form}
            name="mapping-id"
            label={t('sources.mappingId')}
            required
            defaultValue={source?.mapping?.id ?? 'id'}
          />
          <TextField
            form={form}
            name="mapping-title"
            label={t('sources.mappingTitle')}
            required
            defaultValue={source?.mapping?.title ?? 'title'}
          />
          <TextField
            form={form}
            name="mapping-url"
            label={t('sources.mappingUrl')}
            defaultValue={source ? source.mapping?.url : 'url'}
          />
          <TextField
            form={form}
            name="mapping-summary"
            label={t('sources.mappingSummary')}
            defaultValue={source?.mapping?.summary}
          />
        </fieldset>
      )}
      <LanguageField
        form={form}
        name="language"
        label={t('sources.language')}
        selected={source?.language ?? 'fi'}
      />
      <Choices
        form={form}
        name="topics"
        type="checkbox"
        label={t('sources.topics')}
        hint={t('sources.topicsHint')}
        options={topicOptions(t)}
        checked={source?.topics}
      />
      <TextField
        form={form}
        name="keywords"
        label={t('sources.keywords')}
        hint={t('sources.keywordsHint')}
        defaultValue={source?.keywords.join(', ')}
      />
      <RuleFields form={form} rules={source?.rules ?? []} />
      <TextField
        form={form}
        name="everyMinutes"
        label={t('sources.interval')}
        type="number"
        min={15}
        max={10080}
        defaultValue={String(source?.everyMinutes ?? 60)}
        required
      />
      <Outcome form={preview} />
      <div class="actions">
        <button type="button" aria-disabled={preview.busy} onClick={readPreview}>
          {t('sources.preview')}
        </button>
      </div>
      {result && (
        <PreviewResult id={`${scope}-preview`} result={result.read} sourceLanguage={result.language} />
      )}
      <div class="actions">
        <SubmitButton form={form}>{t(source ? 'sources.save' : 'sources.addButton')}</SubmitButton>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
