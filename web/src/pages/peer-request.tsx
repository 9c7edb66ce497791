import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { PeerRequestView } from '#shared/api/routes/peer-requests.ts';
import { send } from '../api.ts';
import { SubmitButton } from '../forms/fields.tsx';
import { useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { LoadError, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';

/**
 * Where a request email's links lead (`/peer-requests/<id>?answer=yes|no&t=`), and where a signed-in
 * leader opens a request: it shows the request and answers only when a button is pressed, never on
 * opening (mail scanners open links).
 */
export function PeerRequestPage() {
  const { t, formatDate } = useI18n();
  const { params } = useRoute();
  const { query } = useLocation();
  const id = encodeURIComponent(params.id ?? '');
  const token = query.t;
  const current = useResource<PeerRequestView>(
    `/api/peer-requests/${id}${token ? `?${new URLSearchParams({ t: token })}` : ''}`,
  );
  const form = useForm('peer-request');
  const [done, setDone] = useState<PeerRequestView>();
  const answer = (given: 'yes' | 'no') =>
    form.run(async () => {
      setDone(
        await send<PeerRequestView>('POST', `/api/peer-requests/${id}/answer`, {
          answer: given,
          ...(token ? { token } : {}),
        }),
      );
      return undefined;
    });
  const shown = done ?? current.data;
  const preferred = query.answer === 'no' ? 'no' : 'yes';

  return (
    <>
      <PageHeading>{t('peerRequest.title')}</PageHeading>
      {current.error !== undefined && !done ? (
        <LoadError error={current.error} />
      ) : shown ? (
        <>
          <dl class="facts">
            <dt>{t('peerRequest.organisation')}</dt>
            <dd>
              <bdi>{shown.organisationName}</bdi>
            </dd>
            <dt>{t('peers.purpose')}</dt>
            <dd dir="auto">{shown.purpose}</dd>
            <dt>{t('peers.when')}</dt>
            <dd dir="auto">{shown.when}</dd>
            <dt>{t('peerRequest.answerBy')}</dt>
            <dd>{formatDate(shown.expiresAt)}</dd>
          </dl>
          {shown.status === 'sent' ? (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                answer(preferred);
              }}
              class="narrow"
            >
              <p>{t('peerRequest.question')}</p>
              <p class="hint">{t('peerRequest.privacy')}</p>
              <Outcome form={form} />
              <div class="actions">
                <SubmitButton form={form}>
                  {preferred === 'yes' ? t('peerRequest.yes') : t('peerRequest.no')}
                </SubmitButton>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => answer(preferred === 'yes' ? 'no' : 'yes')}
                >
                  {preferred === 'yes' ? t('peerRequest.no') : t('peerRequest.yes')}
                </button>
              </div>
            </form>
          ) : (
            <Notice>
              <p>{t(`peerRequest.status.${shown.status}`)}</p>
            </Notice>
          )}
        </>
      ) : null}
    </>
  );
}
