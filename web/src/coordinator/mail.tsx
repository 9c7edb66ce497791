import type * as z from 'zod/mini';
import type { undeliveredMail } from '#shared/api/routes/mail.ts';
import { ApiError, send } from '../api.ts';
import { type Form, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { MoreButton, type Pages, usePages } from '../load.tsx';

type Undelivered = z.output<typeof undeliveredMail>;
type State = 'exhausted' | 'failing';

function Message({ mail, form, onRetried }: { mail: Undelivered; form: Form; onRetried(): void }) {
  const { t, rich, has, formatDate, formatNumber } = useI18n();
  const status = `mail.status.${mail.status}`;
  const to = <bdi>{mail.to}</bdi>;
  const retry = () =>
    form.run(async () => {
      try {
        const retried = await send<Undelivered>(
          'POST',
          `/api/mail/undelivered/${encodeURIComponent(mail.id)}/retry`,
        );
        return rich('mail.retried', { to: <bdi>{retried.to}</bdi> });
      } catch (error) {
        // Sent again from another window, say: the list is out of date, not the action wrong.
        if (error instanceof ApiError && error.status === 404) return t('mail.gone');
        throw error;
      } finally {
        onRetried();
      }
    });
  return (
    <li class="card undelivered">
      <h4>{to}</h4>
      <dl class="meta">
        <dt>{t('mail.kind')}</dt>
        <dd>{t(`mail.kind.${mail.kind}`)}</dd>
        <dt>{t('mail.status')}</dt>
        <dd>{has(status) ? t(status) : mail.status}</dd>
        <dt>{t('mail.attempts')}</dt>
        <dd>{formatNumber(mail.attempts)}</dd>
        {mail.at && (
          <>
            <dt>{t('mail.at')}</dt>
            <dd>{formatDate(mail.at, 'dateTime')}</dd>
          </>
        )}
        {mail.lastError && (
          <>
            <dt>{t('mail.lastError')}</dt>
            {/* The reason comes from the mail service, in English: isolated, it keeps its order, and an RTL page its side. */}
            <dd>
              <bdi lang="en">{mail.lastError}</bdi>
            </dd>
          </>
        )}
      </dl>
      {mail.status === 'exhausted' && (
        <p>
          <button type="button" class="primary" aria-disabled={form.busy} onClick={retry}>
            {t('mail.retry')}
            <span class="visually-hidden"> {to}</span>
          </button>
        </p>
      )}
    </li>
  );
}

function MailList({
  state,
  pages,
  form,
  onRetried,
}: {
  state: State;
  pages: Pages<Undelivered>;
  form: Form;
  onRetried(): void;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={`mail-${state}`}>
      <h3 id={`mail-${state}`}>{t(`mail.${state}`)}</h3>
      {pages.empty && <p>{t(`mail.${state}Empty`)}</p>}
      {pages.items.length > 0 && (
        <ul class="cards">
          {pages.items.map((mail) => (
            <Message key={mail.id} mail={mail} form={form} onRetried={onRetried} />
          ))}
        </ul>
      )}
      <MoreButton pages={pages} />
    </section>
  );
}

/**
 * Mail the outbox could not deliver: given up on after every attempt (which the coordinator can
 * send again), and still being tried on the retry schedule. What a retry did is said above the lists.
 */
export function Mail() {
  const { t } = useI18n();
  const form = useForm('mail');
  const exhausted = usePages<Undelivered>('/api/mail/undelivered?state=exhausted');
  const failing = usePages<Undelivered>('/api/mail/undelivered?state=failing');
  const reload = () => {
    exhausted.reload();
    failing.reload();
  };
  const lists = [exhausted, failing];
  const allDelivered = lists.every((pages) => pages.empty);
  return (
    <section aria-labelledby="mail-heading">
      <h2 id="mail-heading">{t('coordinator.mail')}</h2>
      <p>{t('mail.lead')}</p>
      <Outcome form={form} />
      {allDelivered ? (
        <p>{t('mail.empty')}</p>
      ) : (
        <>
          <MailList state="exhausted" pages={exhausted} form={form} onRetried={reload} />
          <MailList state="failing" pages={failing} form={form} onRetried={reload} />
        </>
      )}
    </section>
  );
}
