import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { send } from '../api.ts';
import { SubmitButton } from '../forms/fields.tsx';
import { useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { LoadError, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';

interface State {
  status: 'unconfirmed' | 'registered' | 'waiting' | 'cancelled';
  position?: number;
  ahead?: number;
  name?: string;
}

/**
 * Where a registration email's links lead (`act=confirm|cancel&r=&t=`). It acts only when the
 * button is pressed, never on opening: mail scanners open links.
 */
export function MeetingRegistrationPage() {
  const { t } = useI18n();
  const { params } = useRoute();
  const { query } = useLocation();
  const act = query.act === 'cancel' ? 'cancel' : 'confirm';
  const meetingId = encodeURIComponent(params.id ?? '');
  const registrationId = encodeURIComponent(query.r ?? '');
  const complete = Boolean(query.r && query.t);
  const current = useResource<State>(
    complete
      ? `/api/meetings/${meetingId}/registrations/${registrationId}?${new URLSearchParams({ act, t: query.t ?? '' })}`
      : null,
  );
  const form = useForm('meeting-registration');
  const [done, setDone] = useState<State>();

  const submit = form.submit(async () => {
    setDone(
      await send<State>('POST', `/api/meetings/${meetingId}/registrations/${registrationId}/${act}`, {
        token: query.t,
      }),
    );
    return undefined;
  });

  const shown = done ?? current.data;
  const stateText = (s: State) =>
    s.status === 'registered'
      ? t('registration.youHaveAPlace')
      : s.status === 'waiting'
        ? t('registration.youWait', { position: (s.ahead ?? 0) + 1 })
        : s.status === 'cancelled'
          ? t('registration.cancelled')
          : t('registration.notConfirmed');
  const meetingLink = (
    <p>
      <a href={`/meetings/${meetingId}`}>{t('registration.toMeeting')}</a>
    </p>
  );

  return (
    <>
      <PageHeading>
        {act === 'cancel' ? t('registration.cancelTitle') : t('registration.confirmTitle')}
      </PageHeading>
      {!complete ? (
        <p>{t('registration.brokenLink')}</p>
      ) : current.error !== undefined && !done ? (
        <LoadError error={current.error} />
      ) : shown &&
        (done || shown.status === 'cancelled' || (act === 'confirm' && shown.status !== 'unconfirmed')) ? (
        <Notice>
          <p>{stateText(shown)}</p>
        </Notice>
      ) : shown ? (
        <form noValidate onSubmit={submit} class="narrow">
          <p>{act === 'cancel' ? t('registration.cancelLead') : t('registration.confirmLead')}</p>
          <Outcome form={form} />
          <SubmitButton form={form} danger={act === 'cancel'}>
            {act === 'cancel' ? t('registration.cancelButton') : t('registration.confirmButton')}
          </SubmitButton>
        </form>
      ) : null}
      {meetingLink}
    </>
  );
}
