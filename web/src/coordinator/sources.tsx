import { useState } from 'preact/hooks';
import { send } from '../api.ts';
import { bodyNameIn, useBodies } from '../bodies.tsx';
import { Confirmable } from '../forms/confirm.tsx';
import { type Form, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { topicList } from '../topics.ts';
import type { Body, Source, SourcePolled } from '../types.ts';
import { kindLabels, SourceForm } from './source-form.tsx';
import { SourceHook } from './source-hook.tsx';
import { SourceProblemText } from './source-preview.tsx';

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
          <p>
            <SourceProblemText problem={health.lastError} />
          </p>
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

function SourceCard({
  source,
  bodies,
  done,
  onChange,
}: {
  source: Source;
  bodies: Body[];
  /** The list's: what became of a deleted source is said above the list. */
  done: Form;
  onChange(): void;
}) {
  const { t, rich, language } = useI18n();
  const form = useForm(`source-${source.id}`);
  const [editing, setEditing] = useState(false);
  const body = bodies.find((b) => b.id === source.bodyId);
  const path = `/api/sources/${encodeURIComponent(source.id)}` as const;
  const name = <bdi>{source.name}</bdi>;
  const named = <span class="visually-hidden"> {name}</span>;
  return (
    <li class="card source">
      <h3>{name}</h3>
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
          {named}
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
          {named}
        </button>
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t('sources.edit')}
          {named}
        </button>
      </div>
      {editing && (
        <SourceForm
          scope={`source-${source.id}-edit`}
          source={source}
          bodies={bodies}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            // The form closes; what it did is said on the card, where the focus goes.
            setEditing(false);
            onChange();
            form.run(async () => t('sources.saved', { name: saved.name }));
            return undefined;
          }}
        />
      )}
      <SourceHook source={source} onChange={onChange} />
      <Confirmable
        form={done}
        label={
          <>
            {t('sources.delete')}
            {named}
          </>
        }
        question={rich('sources.deleteQuestion', { name })}
        confirm={t('sources.deleteConfirm')}
        onConfirm={async () => {
          await send('DELETE', path);
          onChange();
          return rich('sources.deleted', { name });
        }}
      />
    </li>
  );
}

function AddSource({ bodies, onCreated }: { bodies: Body[]; onCreated(): void }) {
  const { t } = useI18n();
  return (
    <details class="panel">
      <summary>{t('sources.add')}</summary>
      <SourceForm
        scope="source"
        bodies={bodies}
        onSaved={(created) => {
          onCreated();
          return t('sources.created', { name: created.name });
        }}
      />
    </details>
  );
}

/** The coordinator's agenda sources: each one's health, reading one now, pausing, changing, deleting, adding. */
export function Sources() {
  const { t } = useI18n();
  const sources = useResource<{ items: Source[] }>('/api/sources');
  const bodies = useBodies();
  const done = useForm('sources');
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('sources.title')}</h2>
      <p>{t('sources.lead')}</p>
      <Outcome form={done} />
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
                      <SourceCard
                        key={source.id}
                        source={source}
                        bodies={bodyList}
                        done={done}
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
