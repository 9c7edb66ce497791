import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '#shared/i18n/format.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { DEFAULT_WAIT_HOURS, MAX_WAIT_HOURS } from '#shared/translations/facts.ts';
import { BodyName, bodyNameIn } from '../bodies.tsx';
import { Choices, LanguageField, TextField } from '../forms/fields.tsx';
import { type Form, list, text } from '../forms/form.ts';
import { useI18n } from '../i18n.tsx';
import { topicList, topicOptions } from '../topics.ts';
import type { Body, Subscription } from '../types.ts';

// Not imported from shared/subscriptions/subscription.ts: that module brings zod into the bundle.
export const frequencyKeys: Record<Subscription['frequency'], MessageKey> = {
  immediate: 'subscriptions.frequency.immediate',
  weekly: 'subscriptions.frequency.weekly',
};

/** A body as a choice: its name, and its municipality when the name does not say it. */
const bodyLabel = (body: Body, language: Language) => {
  const name = bodyNameIn(body, language);
  return name.includes(body.municipality) ? name : `${name} (${body.municipality})`;
};

/**
 * What a subscription follows and how it is sent: bodies and municipalities, topics, the language,
 * the frequency, and whether an immediate alert waits for a translation into the language. A member
 * organisation's form and the public one share them; each adds the address.
 */
export function SubscriptionFields({ form, bodies }: { form: Form; bodies: Body[] }) {
  const { t, language } = useI18n();
  return (
    <>
      {bodies.length > 0 && (
        <Choices
          form={form}
          name="bodies"
          type="checkbox"
          label={t('subscriptions.bodies')}
          hint={t('subscriptions.targetsHint')}
          options={bodies.map((body) => ({ value: body.id, label: bodyLabel(body, language) }))}
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
      <Delivery form={form} />
    </>
  );
}

/**
 * How alerts are sent: the frequency, and for immediate alerts only, whether one waits for a
 * translation and how long (a weekly summary has no wait). The choices are the form's own radios;
 * what they show follows them, and the form's reset after a subscription brings both back.
 */
function Delivery({ form }: { form: Form }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState({ frequency: 'immediate', delivery: 'now' });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const owner = ref.current?.closest('form');
    const reset = () => setChoice({ frequency: 'immediate', delivery: 'now' });
    owner?.addEventListener('reset', reset);
    return () => owner?.removeEventListener('reset', reset);
  }, []);
  const follow = (event: Event) => {
    const input = event.target as HTMLInputElement;
    // A wait choice shown again starts from its default, as its radios do.
    if (input.name === 'frequency') setChoice({ frequency: input.value, delivery: 'now' });
    if (input.name === 'delivery') setChoice((previous) => ({ ...previous, delivery: input.value }));
  };
  return (
    <div ref={ref} onChange={follow}>
      <Choices
        form={form}
        name="frequency"
        type="radio"
        label={t('subscriptions.frequency')}
        required
        options={Object.entries(frequencyKeys).map(([value, key]) => ({ value, label: t(key) }))}
        checked={['immediate']}
      />
      {choice.frequency === 'immediate' && (
        <Choices
          form={form}
          name="delivery"
          type="radio"
          label={t('subscriptions.wait')}
          hint={t('subscriptions.wait.hint')}
          required
          options={[
            { value: 'now', label: t('subscriptions.wait.now') },
            { value: 'wait', label: t('subscriptions.wait.translation') },
          ]}
          checked={['now']}
        />
      )}
      {choice.frequency === 'immediate' && choice.delivery === 'wait' && (
        <TextField
          form={form}
          name="waitHours"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_WAIT_HOURS}
          defaultValue={String(DEFAULT_WAIT_HOURS)}
          label={t('subscriptions.wait.hours', { max: MAX_WAIT_HOURS })}
        />
      )}
    </div>
  );
}

/** The values of SubscriptionFields, as the API takes them. */
export const subscriptionValues = (data: FormData) => ({
  bodies: data.getAll('bodies'),
  municipalities: list(data, 'municipalities'),
  topics: data.getAll('topics'),
  language: text(data, 'language'),
  frequency: text(data, 'frequency'),
  // The hours count only for immediate alerts that wait; none sends the original at once.
  ...(text(data, 'frequency') === 'immediate' && text(data, 'delivery') === 'wait'
    ? { waitHours: Number(text(data, 'waitHours')) }
    : {}),
});

/** What a subscription follows, in which language, how often and to which address. */
export function SubscriptionFacts({
  s,
  bodies,
  children,
}: {
  s: Subscription;
  /** Every body, to name the followed ones; an unknown one shows its id. */
  bodies: Body[];
  children?: ComponentChildren;
}) {
  const { t, languageName } = useI18n();
  const named = s.bodies.map((id) => bodies.find((body) => body.id === id));
  return (
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
      <dt>{t('subscriptions.wait')}</dt>
      <dd>
        {s.waitHours === undefined
          ? t('subscriptions.wait.now')
          : t('subscriptions.wait.facts', { hours: s.waitHours })}
      </dd>
      <dt>{t('common.email')}</dt>
      <dd>
        <bdi>{s.email}</bdi>
      </dd>
      {children}
    </dl>
  );
}
