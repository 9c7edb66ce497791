import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { send } from '../api.ts';
import { useBodies } from '../bodies.tsx';
import { SubmitButton } from '../forms/fields.tsx';
import { useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SubscriptionFacts } from '../subscriptions/fields.tsx';
import type { Subscription } from '../types.ts';

/**
 * Where the link of the confirmation email leads. It confirms only when the button is pressed, never
 * on opening: mail scanners open links, and must not confirm an address for its owner.
 */
export function ConfirmSubscriptionPage() {
  const { t, rich } = useI18n();
  const { query } = useLocation();
  const form = useForm('confirm-subscription');
  const bodies = useBodies();
  const [confirmed, setConfirmed] = useState<Subscription>();
  const complete = Boolean(query.id && query.t);

  const confirm = form.submit(async () => {
    setConfirmed(
      await send<Subscription>('POST', `/api/subscriptions/${encodeURIComponent(query.id ?? '')}/confirm`, {
        token: query.t,
      }),
    );
    return undefined;
  });

  const subscribeAgain = (
    <p>
      <a href="/subscribe">{t('confirmSubscription.subscribeAgain')}</a>
    </p>
  );

  return (
    <>
      <PageHeading>{t('confirmSubscription.title')}</PageHeading>
      {confirmed ? (
        <>
          <Notice>
            <p>{rich('confirmSubscription.done', { email: <bdi>{confirmed.email}</bdi> })}</p>
          </Notice>
          <SubscriptionFacts s={confirmed} bodies={bodies.data?.items ?? []} />
          <p>{t('subscribe.stopLink')}</p>
          <p>
            <a href="/consultations">{t('consultation.back')}</a>
          </p>
        </>
      ) : complete ? (
        <form noValidate onSubmit={confirm} class="narrow">
          <p>{t('confirmSubscription.lead')}</p>
          <Outcome form={form} />
          <SubmitButton form={form}>{t('confirmSubscription.confirm')}</SubmitButton>
          {form.outcome?.kind === 'failed' && subscribeAgain}
        </form>
      ) : (
        <>
          <p>{t('confirmSubscription.broken')}</p>
          {subscribeAgain}
        </>
      )}
    </>
  );
}
