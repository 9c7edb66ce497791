import { useState } from 'preact/hooks';
import { send } from '../api.ts';
import { bodyNameIn, useBodies } from '../bodies.tsx';
import { Confirmable } from '../forms/confirm.tsx';
import { SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { useSession } from '../session.tsx';
import { SubscriptionFacts, SubscriptionFields, subscriptionValues } from '../subscriptions/fields.tsx';
import type { Body, Organisation, OrganisationSubscription } from '../types.ts';

function SubscriptionItem({
  s,
  bodies,
  path,
  onRemoved,
}: {
  s: OrganisationSubscription;
  bodies: Body[];
  path: `/api/${string}`;
  onRemoved(): void;
}) {
  const { t, rich, language, formatDate } = useI18n();
  const remove = useForm(`subscription-remove-${s.id}`);
  const named = s.bodies.map((id) => bodies.find((body) => body.id === id));
  // What the subscription follows, to tell one removal button from another.
  const targets = [
    ...named.map((body, index) => (body ? bodyNameIn(body, language) : s.bodies[index])),
    ...s.municipalities,
  ].join(', ');
  return (
    <li class="card">
      <SubscriptionFacts s={s} bodies={bodies} />
      <p class="muted">{t('subscriptions.createdAt', { date: formatDate(s.createdAt) })}</p>
      {s.status === 'pending' && <p>{rich('subscriptions.pending', { email: <bdi>{s.email}</bdi> })}</p>}
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
  const { t, rich } = useI18n();
  const { me } = useSession();
  const form = useForm('subscription');
  const subscribe = form.submit(
    async (data) => {
      const email = text(data, 'email');
      const created = await send<OrganisationSubscription>('POST', path, {
        ...subscriptionValues(data),
        ...(email ? { email } : {}),
      });
      onAdded();
      // Another address than one's own gets nothing but a confirmation link until it confirms.
      return rich(created.status === 'pending' ? 'subscriptions.confirmationSent' : 'subscriptions.added', {
        email: <bdi>{created.email}</bdi>,
      });
    },
    { clear: true },
  );
  return (
    <details class="panel">
      <summary>{t('subscriptions.add')}</summary>
      <form noValidate onSubmit={subscribe}>
        <Outcome form={form} />
        <SubscriptionFields form={form} bodies={bodies} />
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
  const subscriptions = useResource<{ items: OrganisationSubscription[] }>(path);
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
