import { send } from '../api.ts';
import { bodyNameIn, useBodies } from '../bodies.tsx';
import { KindWhenAndWho, timingOf } from '../consultations/facts.tsx';
import { languageOf, textIn } from '../consultations/text.tsx';
import { type Form, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages, useResource } from '../load.tsx';
import { topicList } from '../topics.ts';
import type { Body, Consultation, Source } from '../types.ts';

function QueuedDraft({
  draft,
  source,
  body,
  form,
  onDone,
}: {
  draft: Consultation;
  source: Source | undefined;
  body: Body | undefined;
  /** The queue's: its outcome stays above the list when this draft leaves it. */
  form: Form;
  onDone(): void;
}) {
  const { t, rich, language, formatDate } = useI18n();
  const shown = textIn(draft, language);
  const page = `/consultations/${encodeURIComponent(draft.id)}`;
  const title = <span {...languageOf(shown.language)}>{shown.text.title}</span>;
  const act = (action: 'publish' | 'dismiss') =>
    form.run(async () => {
      const path =
        action === 'publish'
          ? `/api/consultations/${encodeURIComponent(draft.id)}/publish`
          : `/api/triage/${encodeURIComponent(draft.id)}/dismiss`;
      await send('POST', path as `/api/${string}`);
      onDone();
      return action === 'publish'
        ? rich('triage.publishedNotice', { title: <a href={page}>{title}</a> })
        : rich('triage.dismissedNotice', { title });
    });
  const link = draft.links[0];
  return (
    <li class="card">
      <h3>
        <a href={page}>{title}</a>
      </h3>
      <p class="muted">
        {body ? bodyNameIn(body, language) : ''} · {source ? <bdi>{source.name}</bdi> : ''} ·{' '}
        {t('triage.imported', { date: formatDate(draft.origin?.importedAt ?? draft.createdAt) })}
      </p>
      {shown.text.summary !== shown.text.title && (
        <p class="excerpt" {...languageOf(shown.language)}>
          {shown.text.summary}
        </p>
      )}
      <dl class="meta">
        <KindWhenAndWho kind={draft.kind} timing={timingOf(draft)} />
      </dl>
      <p>{t('triage.topics', { topics: topicList(t, draft.topics) })}</p>
      {link && (
        <p>
          <a href={link.url} rel="noopener noreferrer">
            {t('triage.original')}
          </a>
        </p>
      )}
      {draft.origin?.changedInSourceAt && (
        <p class="warning">
          {t('triage.changedInSource', { date: formatDate(draft.origin.changedInSourceAt, 'dateTime') })}
        </p>
      )}
      <div class="actions">
        <a href={page}>{t('triage.edit')}</a>
        <button type="button" class="primary" aria-disabled={form.busy} onClick={() => act('publish')}>
          {t('triage.publish')}
          <span class="visually-hidden"> {shown.text.title}</span>
        </button>
        <button type="button" aria-disabled={form.busy} onClick={() => act('dismiss')}>
          {t('triage.dismiss')}
          <span class="visually-hidden"> {shown.text.title}</span>
        </button>
      </div>
    </li>
  );
}

/**
 * Drafts imported from agenda sources, for the coordinator to publish (which alerts subscribers),
 * edit first, or dismiss. A decided draft leaves the list; what became of it is said above the list.
 */
export function Triage() {
  const { t } = useI18n();
  const queue = usePages<Consultation>('/api/triage');
  const sources = useResource<{ items: Source[] }>('/api/sources');
  const bodies = useBodies();
  const done = useForm('triage');
  return (
    <section aria-labelledby="triage-heading">
      <h2 id="triage-heading">{t('triage.title')}</h2>
      <p>{t('triage.lead')}</p>
      <Outcome form={done} />
      {queue.empty && <p>{t('triage.empty')}</p>}
      {queue.items.length > 0 && (
        <ul class="cards">
          {queue.items.map((draft) => (
            <QueuedDraft
              key={draft.id}
              draft={draft}
              source={sources.data?.items.find((s) => s.id === draft.origin?.sourceId)}
              body={bodies.data?.items.find((b) => b.id === draft.bodyId)}
              form={done}
              onDone={queue.reload}
            />
          ))}
        </ul>
      )}
      <MoreButton pages={queue} />
    </section>
  );
}
