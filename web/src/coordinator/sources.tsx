import { useState } from 'preact/hooks';
import { send } from '../api.ts';
import { bodyNameIn, useBodies } from '../bodies.tsx';
import { Choices, Field, LanguageField, SubmitButton, TextField } from '../forms/fields.tsx';
import { list, text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { topicList, topicOptions } from '../topics.ts';
import type { Body, Source, SourceInput, SourcePolled } from '../types.ts';

const kinds = ['rss', 'atom', 'json'] as const;
const kindLabels: Record<Source['kind'], string> = {
  rss: 'RSS 2.0',
  atom: 'Atom',
  json: 'JSON API',
  dynasty: 'Dynasty',
  ahjo: 'Ahjo (Helsinki)',
  kerrokantasi: 'Kerrokantasi',
  lausuntopalvelu: 'Lausuntopalvelu.fi',
  kuntalaisaloite: 'Kuntalaisaloite.fi',
};

/** A source that failed at its last poll shows the failure first. */
const isFailing = (s: Source) => s.health.failures > 0;

function Health({ source }: { source: Source }) {
  const { t, formatDate } = useI18n();
  const { health } = source;
  return (
    <>
      <p>
        {health.lastSuccessAt
          ? t('sources.lastSuccess', { date: formatDate(health.lastSuccessAt, 'dateTime') })
          : t('sources.neverRead')}{' '}
        · {t('sources.itemsFound', { count: health.itemsFound })} ·{' '}
        {t('sources.itemsImported', { count: health.itemsImported })}
      </p>
      {isFailing(source) && health.lastError && (
        <div class="warning">
          <p>
            <strong>{t('sources.failing', { count: health.failures })}</strong>{' '}
            {t('sources.lastError', { date: formatDate(health.lastError.at, 'dateTime') })}
          </p>
          {/* The reason comes from the server, which says it in English. */}
          <p lang="en">{health.lastError.message}</p>
        </div>
      )}
      <p class="muted">
        {source.enabled
          ? t('sources.nextPoll', { date: formatDate(health.nextPollAt, 'dateTime') })
          : t('sources.paused')}
      </p>
    </>
  );
}

function SourceItem({ source, bodies, onChange }: { source: Source; bodies: Body[]; onChange(): void }) {
  const { t, language } = useI18n();
  const form = useForm(`source-${source.id}`);
  const body = bodies.find((b) => b.id === source.bodyId);
  const path = `/api/sources/${encodeURIComponent(source.id)}` as const;
  return (
    <li class="card source">
      <h3>
        <bdi>{source.name}</bdi>
      </h3>
      <p class="muted">
        {kindLabels[source.kind]} · {body ? bodyNameIn(body, language) : ''} ·{' '}
        <a href={source.url} rel="noopener noreferrer">
          <bdi>{source.url}</bdi>
        </a>
      </p>
      <p class="muted">
        {t('sources.every', { minutes: source.everyMinutes })} · {topicList(t, source.topics)}
        {source.keywords.length > 0 && (
          <> · {t('sources.onlyWith', { keywords: source.keywords.join(', ') })}</>
        )}
      </p>
      <Health source={source} />
      <Outcome form={form} />
      <div class="actions">
        <button
          type="button"
          aria-disabled={form.busy}
          onClick={() =>
            form.run(async () => {
              const polled = await send<SourcePolled>('POST', `${path}/poll`);
              onChange();
              return polled.source.health.failures > 0
                ? t('sources.pollFailed')
                : t('sources.polled', { count: polled.imported, updated: polled.updated });
            })
          }
        >
          {t('sources.pollNow')}
          <span class="visually-hidden">
            {' '}
            <bdi>{source.name}</bdi>
          </span>
        </button>
        <button
          type="button"
          aria-disabled={form.busy}
          onClick={() =>
            form.run(async () => {
              await send('PATCH', path, { enabled: !source.enabled });
              onChange();
              return t(source.enabled ? 'sources.pausedNotice' : 'sources.resumedNotice', {
                name: source.name,
              });
            })
          }
        >
          {t(source.enabled ? 'sources.pause' : 'sources.resume')}
          <span class="visually-hidden">
            {' '}
            <bdi>{source.name}</bdi>
          </span>
        </button>
      </div>
    </li>
  );
}

/** Keyword rows: each gives the items that mention one of its words a topic. */
function RuleFields({ form }: { form: ReturnType<typeof useForm> }) {
  const { t } = useI18n();
  const [rows, setRows] = useState(1);
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
          />
          <Field form={form} name={`rule-${i}-topic`} label={t('sources.ruleTopic', { number: i + 1 })}>
            {(control) => (
              <select {...control}>
                {topicOptions(t).map((option) => (
                  <option key={option.value} value={option.value}>
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

function AddSource({ bodies, onCreated }: { bodies: Body[]; onCreated(): void }) {
  const { t, language } = useI18n();
  const form = useForm('source');
  const [kind, setKind] = useState<Source['kind']>('rss');
  const create = form.submit(
    async (data) => {
      const input: SourceInput = {
        bodyId: text(data, 'bodyId'),
        name: text(data, 'name'),
        url: text(data, 'url'),
        kind,
        language: text(data, 'language') as SourceInput['language'],
        topics: data.getAll('topics') as SourceInput['topics'],
        keywords: list(data, 'keywords'),
        rules: rulesOf(data) as SourceInput['rules'],
        everyMinutes: Number(text(data, 'everyMinutes')),
        ...(kind === 'json'
          ? {
              mapping: {
                items: text(data, 'mapping-items'),
                id: text(data, 'mapping-id'),
                title: text(data, 'mapping-title'),
                ...(text(data, 'mapping-url') ? { url: text(data, 'mapping-url') } : {}),
                ...(text(data, 'mapping-summary') ? { summary: text(data, 'mapping-summary') } : {}),
              },
            }
          : {}),
      };
      const created = await send<Source>('POST', '/api/sources', input);
      onCreated();
      return t('sources.created', { name: created.name });
    },
    { clear: true },
  );
  return (
    <details class="panel">
      <summary>{t('sources.add')}</summary>
      <form noValidate onSubmit={create}>
        <Outcome form={form} />
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
        <TextField form={form} name="name" label={t('sources.name')} required maxLength={120} />
        <TextField
          form={form}
          name="url"
          label={t('sources.url')}
          type="url"
          required
          hint={t('sources.urlHint')}
        />
        <Field form={form} name="kind" label={t('sources.kind')} required>
          {(control) => (
            <select {...control} onChange={(event) => setKind(event.currentTarget.value as Source['kind'])}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {kindLabels[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {kind === 'json' && (
          <fieldset class="field">
            <legend>{t('sources.mapping')}</legend>
            <p class="hint">{t('sources.mappingHint')}</p>
            <TextField form={form} name="mapping-items" label={t('sources.mappingItems')} />
            <TextField
              form={form}
              name="mapping-id"
              label={t('sources.mappingId')}
              required
              defaultValue="id"
            />
            <TextField
              form={form}
              name="mapping-title"
              label={t('sources.mappingTitle')}
              required
              defaultValue="title"
            />
            <TextField form={form} name="mapping-url" label={t('sources.mappingUrl')} defaultValue="url" />
            <TextField form={form} name="mapping-summary" label={t('sources.mappingSummary')} />
          </fieldset>
        )}
        <LanguageField form={form} name="language" label={t('sources.language')} selected="fi" />
        <Choices
          form={form}
          name="topics"
          type="checkbox"
          label={t('sources.topics')}
          hint={t('sources.topicsHint')}
          options={topicOptions(t)}
        />
        <TextField
          form={form}
          name="keywords"
          label={t('sources.keywords')}
          hint={t('sources.keywordsHint')}
        />
        <RuleFields form={form} />
        <TextField
          form={form}
          name="everyMinutes"
          label={t('sources.interval')}
          type="number"
          min={15}
          max={10080}
          defaultValue="60"
          required
        />
        <SubmitButton form={form}>{t('sources.addButton')}</SubmitButton>
      </form>
    </details>
  );
}

/** The coordinator's agenda sources: each one's health, reading one now, pausing, adding. */
export function Sources() {
  const { t } = useI18n();
  const sources = useResource<{ items: Source[] }>('/api/sources');
  const bodies = useBodies();
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('sources.title')}</h2>
      <p>{t('sources.lead')}</p>
      <Loaded resource={bodies}>
        {({ items: bodyList }) => (
          <>
            <Loaded resource={sources}>
              {({ items }) =>
                items.length === 0 ? (
                  <p>{t('sources.empty')}</p>
                ) : (
                  <ul class="cards">
                    {[...items.filter(isFailing), ...items.filter((s) => !isFailing(s))].map((source) => (
                      <SourceItem
                        key={source.id}
                        source={source}
                        bodies={bodyList}
                        onChange={sources.reload}
                      />
                    ))}
                  </ul>
                )
              }
            </Loaded>
            <AddSource bodies={bodyList} onCreated={sources.reload} />
          </>
        )}
      </Loaded>
    </section>
  );
}
