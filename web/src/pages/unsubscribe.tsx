import { useLocation } from 'preact-iso';
import { send } from '../api.ts';
import { Outcome, SubmitButton, useForm } from '../forms.tsx';
import { useI18n } from '../i18n.tsx';
import { PageHeading } from '../page-heading.tsx';

/** Where the visible link of an alert email leads: confirm, then the signed link ends the subscription. */
export function UnsubscribePage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const form = useForm('unsubscribe');
  const complete = Boolean(query.o && query.s && query.t);
  const stop = form.submit(async () => {
    await send(
      'POST',
      `/api/unsubscribe?${new URLSearchParams({ o: query.o ?? '', s: query.s ?? '', t: query.t ?? '' })}`,
    );
    return t('unsubscribe.done');
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
