import { useLocation } from 'preact-iso';
import { send } from '../api.ts';
import { SubmitButton } from '../forms/fields.tsx';
import { useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { PageHeading } from '../page-heading.tsx';

/**
 * Where the visible link of an alert email leads: confirm, then the signed link ends the subscription.
 * An organisation's link names it (`o`); a subscriber outside the network has none.
 */
export function UnsubscribePage() {
  const { t, rich } = useI18n();
  const { query } = useLocation();
  const form = useForm('unsubscribe');
  const complete = Boolean(query.s && query.t);
  const organisation = query.o;
  const stop = form.submit(async () => {
    await send(
      'POST',
      `/api/unsubscribe?${new URLSearchParams({
        ...(organisation ? { o: organisation } : {}),
        s: query.s ?? '',
        t: query.t ?? '',
      })}`,
    );
    // Subscribing again: an organisation on its page, anyone else on the public form.
    const again = organisation ? (
      <a href={`/organisations/${encodeURIComponent(organisation)}`}>{t('unsubscribe.organisationPage')}</a>
    ) : (
      <a href="/subscribe">{t('subscribe.title')}</a>
    );
    return (
      <>
        <p>{t('unsubscribe.done')}</p>
        <p>{rich('unsubscribe.again', { link: again })}</p>
      </>
    );
  });

  return (
    <>
      <PageHeading>{t('unsubscribe.title')}</PageHeading>
      {complete ? (
        <form noValidate onSubmit={stop} class="narrow">
          <p>{t('unsubscribe.lead')}</p>
          <Outcome form={form} />
          {form.outcome?.kind !== 'done' && (
            <SubmitButton form={form}>{t('unsubscribe.confirm')}</SubmitButton>
          )}
        </form>
      ) : (
        <p>{t('unsubscribe.broken')}</p>
      )}
    </>
  );
}
