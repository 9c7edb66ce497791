import { useState } from 'preact/hooks';
import { send } from '../api.ts';
import { useBodies } from '../bodies.tsx';
import { SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { LoadError } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SubscriptionFields, subscriptionValues } from '../subscriptions/fields.tsx';

/**
 * Alerts for anyone outside the network: a person, or an association that is not a member. Nothing
 * is sent until the address confirms with the link the API emails to it.
 */
export function SubscribePage() {
  const { t, rich } = useI18n();
  const form = useForm('subscribe');
  const bodies = useBodies();
  const [sent, setSent] = useState<{ email: string; days: number }>();

  const subscribe = form.submit(async (data) => {
    const email = text(data, 'email');
    const answer = await send<{ confirmWithinDays: number }>('POST', '/api/subscriptions', {
      email,
      ...subscriptionValues(data),
    });
    setSent({ email, days: answer.confirmWithinDays });
    return undefined;
  });

  return (
    <>
      <PageHeading>{t('subscribe.title')}</PageHeading>
      {sent ? (
        <Notice>
          <p>
            <strong>{t('subscribe.sent')}</strong>
          </p>
          <p>{rich('subscribe.sentText', { email: <bdi>{sent.email}</bdi>, days: sent.days })}</p>
          <p>{t('subscribe.notArrived')}</p>
        </Notice>
      ) : (
        <>
          <p class="lead">{t('subscribe.lead')}</p>
          <form noValidate onSubmit={subscribe}>
            <Outcome form={form} />
            <TextField
              form={form}
              name="email"
              label={t('subscriptions.email')}
              type="email"
              autoComplete="email"
              required
            />
            {/* Without the bodies, municipalities can still be followed. */}
            {bodies.error !== undefined && <LoadError error={bodies.error} />}
            <SubscriptionFields form={form} bodies={bodies.data?.items ?? []} />
            <p class="hint">
              {t('subscribe.privacy')} {t('subscribe.stopLink')}
            </p>
            <SubmitButton form={form}>{t('subscriptions.addButton')}</SubmitButton>
          </form>
        </>
      )}
    </>
  );
}
