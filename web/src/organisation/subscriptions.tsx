import { useState } from 'preact/hooks';
import type { MessageKey } from '#shared/i18n/translate.ts';
import { send } from '../api.ts';
import { BodyName, bodyNameIn, useBodies } from '../bodies.tsx';
import {
  Choices,
  Confirmable,
  LanguageField,
  list,
  Notice,
  Outcome,
  SubmitButton,
  TextField,
  text,
  useForm,
} from '../forms.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { useSession } from '../session.tsx';
import { topicList, topicOptions } from '../topics.ts';
import type { Body, Organisation, Subscription } from '../types.ts';

// Not imported from shared/subscriptions/subscription.ts: that module brings zod into the bundle.
const frequencyKeys: Record<Subscription['frequency'], MessageKey> = {
  immediate: 'subscriptions.frequency.immediate',
  weekly: 'subscriptions.frequency.weekly',
};

function SubscriptionItem({
  s,
  bodies,
  path,
  onRemoved,
}: {
  s: Subscription;
  bodies: Body[];
  path: `/api/${string}`;
  onRemoved(): void;
}) {
  const { t, language, languageName, formatDate } = useI18n();
  const remove = useForm(`subscription-remove-${s.id}`);
  const named = s.bodies.map((id) => bodies.find((body) => body.id === id));
  // What the subscription follows, to tell one removal button from another.
  const targets = [
    ...named.map((body, index) => (body ? bodyNameIn(body, language) : s.bodies[index])),
    ...s.municipalities,
  ].join(', ');
  return (
    <li class="card">
      <dl class="meta">
        {s.bodies.length > 0 && (
          <>
            <dt>{t('subscriptions.bodies')}</dt>
            <dd>
              {named.map((body, index) => (
                <span key={s.bodies[index]}>
                  {index > 0 && ', '}
                  {body ? <BodyName body={body} /> : <bdi>{s.bodies[index]}</bdi>}
                </span>
              ))}
            </dd>
          </>
        )}
        {s.municipalities.length > 0 && (
          <>
            <dt>{t('organisation.municipalities')}</dt>
            <dd>
              <bdi>{s.municipalities.join(', ')}</bdi>
            </dd>
          </>
        )}
        <dt>{t('organisation.topics')}</dt>
        <dd>{s.topics.length > 0 ? topicList(t, s.topics) : t('consultations.allTopics')}</dd>
        <dt>{t('subscriptions.language')}</dt>
        <dd>{languageName(s.language)}</dd>
        <dt>{t('subscriptions.frequency')}</dt>
        <dd>{t(frequencyKeys[s.frequency])}</dd>
        <dt>{t('common.email')}</dt>
        <dd>
          <bdi>{s.email}</bdi>
        </dd>
      </dl>
      <p class="muted">{t('subscriptions.createdAt', { date: formatDate(s.createdAt) })}</p>
      <Outcome form={remove} />
      <Confirmable
        form={remove}
        label={
          <>
            {t('subscriptions.remove')}
            <span class="visually-hidden">
              {' '}
              <bdi>{targets}</bdi>
            </span>
          </>
        }
        question={t('subscriptions.removeQuestion')}
        confirm={t('subscriptions.removeConfirm')}
        onConfirm={async () => {
          await send('DELETE', `${path}/${encodeURIComponent(s.id)}`);
          onRemoved();
          return undefined;
        }}
      />
    </li>
  );
}

function Subscribe({ bodies, path, onAdded }: { bodies: Body[]; path: `/api/${string}`; onAdded(): void }) {
  const { t, rich, language } = useI18n();
  const { me } = useSession();
  const form = useForm('subscription');
  const subscribe = form.submit(
    async (data) => {
      const email = text(data, 'email');
      const created = await send<Subscription>('POST', path, {
        bodies: data.getAll('bodies'),
        municipalities: list(data, 'municipalities'),
        topics: data.getAll('topics'),
        language: text(data, 'language'),
        frequency: text(data, 'frequency'),
        ...(email ? { email } : {}),
      });
      onAdded();
      return rich('subscriptions.added', { email: <bdi>{created.email}</bdi> });
    },
    { clear: true },
  );
  return (
    <details class="panel">
      <summary>{t('subscriptions.add')}</summary>
      <form noValidate onSubmit={subscribe}>
        <Outcome form={form} />
        {bodies.length > 0 && (
          <Choices
            form={form}
            name="bodies"
            type="checkbox"
            label={t('subscriptions.bodies')}
            hint={t('subscriptions.targetsHint')}
            options={bodies.map((body) => ({ value: body.id, label: bodyNameIn(body, language) }))}
          />
        )}
        <TextField
          form={form}
          name="municipalities"
          label={t('organisation.municipalities')}
          hint={t('subscriptions.municipalitiesHint')}
          dir="auto"
        />
        <Choices
          form={form}
          name="topics"
          type="checkbox"
          label={t('organisation.topics')}
          hint={t('subscriptions.topicsHint')}
          options={topicOptions(t)}
        />
        <LanguageField form={form} name="language" label={t('subscriptions.language')} />
        <Choices
          form={form}
          name="frequency"
          type="radio"
          label={t('subscriptions.frequency')}
          required
          options={Object.entries(frequencyKeys).map(([value, key]) => ({ value, label: t(key) }))}
          checked={['immediate']}
        />
        <TextField
          form={form}
          name="email"
          label={t('subscriptions.email')}
          hint={me ? t('subscriptions.emailHint', { email: me.email }) : undefined}
          type="email"
          autoComplete="email"
        />
        <SubmitButton form={form}>{t('subscriptions.addButton')}</SubmitButton>
      </form>
    </details>
  );
}

/** The organisation's alert subscriptions: its representatives subscribe; the coordinator may also end one. */
export function Subscriptions({ org, representative }: { org: Organisation; representative: boolean }) {
  const { t } = useI18n();
  const path = `/api/organisations/${encodeURIComponent(org.id)}/subscriptions` as const;
  const subscriptions = useResource<{ items: Subscription[] }>(path);
  const bodies = useBodies();
  const [notice, setNotice] = useState<number>();
  const bodyList = bodies.data?.items ?? [];
  return (
    <section aria-labelledby="subscriptions">
      <h2 id="subscriptions">{t('subscriptions.title')}</h2>
      <p>{t('subscriptions.lead')}</p>
      {notice && <Notice key={notice}>{t('subscriptions.removed')}</Notice>}
      <Loaded resource={subscriptions}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('subscriptions.empty')}</p>
          ) : (
            <ul class="cards">
              {items.map((s) => (
                <SubscriptionItem
                  key={s.id}
                  s={s}
                  bodies={bodyList}
                  path={path}
                  onRemoved={() => {
                    setNotice(Date.now());
                    subscriptions.reload();
                  }}
                />
              ))}
            </ul>
          )
        }
      </Loaded>
      {representative && org.status === 'member' && (
        <Subscribe bodies={bodyList} path={path} onAdded={subscriptions.reload} />
      )}
      {!representative && <p class="hint">{t('subscriptions.onlyRepresentatives')}</p>}
    </section>
  );
}
