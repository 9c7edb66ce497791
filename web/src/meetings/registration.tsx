import { useState } from 'preact/hooks';
import { send } from '../api.ts';
import { Confirmable } from '../forms/confirm.tsx';
import { LanguageField, SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { LoadError, useResource } from '../load.tsx';
import { useSession } from '../session.tsx';
import type { MeetingPanelProps } from './panel.ts';

interface Participant {
  name: string;
  organisation?: string;
  position?: number;
}

/** Who comes, for those who plan the meeting: the registered, then the waiting list, each in order. */
function Participants({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const list = useResource<{ registered: Participant[]; waiting: Participant[] }>(
    `/api/meetings/${encodeURIComponent(meetingId)}/participants`,
  );
  if (list.error !== undefined) return <LoadError error={list.error} />;
  if (!list.data) return null;
  const rows = (people: Participant[]) => (
    <ol>
      {people.map((p) => (
        <li key={p.position}>
          <bdi>{p.name}</bdi>
          {p.organisation && (
            <>
              {' – '}
              <bdi>{p.organisation}</bdi>
            </>
          )}
        </li>
      ))}
    </ol>
  );
  return (
    <section aria-labelledby="participants-heading">
      <h3 id="participants-heading">{t('registration.participants')}</h3>
      {list.data.registered.length === 0 && list.data.waiting.length === 0 && (
        <p>{t('registration.nobody')}</p>
      )}
      {list.data.registered.length > 0 && rows(list.data.registered)}
      {list.data.waiting.length > 0 && (
        <>
          <h4>{t('registration.waitingList')}</h4>
          {rows(list.data.waiting)}
        </>
      )}
    </section>
  );
}

interface OwnRegistration {
  name: string;
  status: 'unconfirmed' | 'registered' | 'waiting' | 'cancelled';
  ahead?: number;
}

/** Where a registration stands, in words: a place, or the place in the queue (one behind those ahead). */
function standing(t: ReturnType<typeof useI18n>['t'], r: { status: string; ahead?: number }) {
  return r.status === 'unconfirmed'
    ? t('registration.notConfirmed')
    : r.status === 'registered'
      ? t('registration.youHaveAPlace')
      : t('registration.youWait', { position: (r.ahead ?? 0) + 1 });
}

/** A signed-in person's own registration: where it stands, and while the meeting is ahead, a cancel asked twice. */
function MyRegistration({
  meetingId,
  mine,
  open,
  onCancelled,
}: {
  meetingId: string;
  mine: OwnRegistration;
  open: boolean;
  onCancelled: () => void;
}) {
  const { t } = useI18n();
  const cancel = useForm('cancel-registration');
  return (
    <div class="my-registration">
      <p>{t('registration.mine', { name: mine.name })}</p>
      <p>{standing(t, mine)}</p>
      {open && (
        <>
          <Outcome form={cancel} />
          <Confirmable
            form={cancel}
            label={t('registration.cancelButton')}
            question={t('registration.cancelMineQuestion')}
            confirm={t('registration.cancelMineConfirm')}
            dismiss={t('registration.keep')}
            onConfirm={async () => {
              await send('DELETE', `/api/meetings/${encodeURIComponent(meetingId)}/my-registration`);
              onCancelled();
              return undefined;
            }}
          />
        </>
      )}
    </div>
  );
}

/**
 * The meeting page's registration panel: the counts everyone sees, the form (prefilled for a
 * signed-in person, whose own address is registered at once), what happens next, and for those
 * who plan the meeting the list of who comes. A signed-in person already registered sees their
 * registration instead of the form, and may cancel it.
 */
export function RegistrationPanel({ meeting, reload }: MeetingPanelProps) {
  const { t } = useI18n();
  const { me } = useSession();
  const form = useForm('registration');
  /** The address asked to confirm from its inbox (any but the signed-in person's own). */
  const [answer, setAnswer] = useState<{ email: string }>();
  const [cancelled, setCancelled] = useState(false);
  const asked = useResource<{ registration?: OwnRegistration }>(
    me && meeting.status !== 'draft'
      ? `/api/meetings/${encodeURIComponent(meeting.id)}/my-registration`
      : null,
  );
  const mine = { ...asked, data: asked.data?.registration };
  // None yet: the form. Anything else that failed is shown; while it loads, nothing is.
  const noneYet = asked.data !== undefined && asked.data.registration === undefined;
  const open =
    meeting.status === 'published' &&
    meeting.startsAt !== undefined &&
    new Date(meeting.startsAt) > new Date();
  const { capacity, registered, waiting } = meeting.places;

  const register = form.submit(async (data) => {
    const email = text(data, 'email');
    const organisation = text(data, 'organisation');
    const answered = await send<{ status: string }>(
      'POST',
      `/api/meetings/${encodeURIComponent(meeting.id)}/registrations`,
      {
        name: text(data, 'name'),
        email,
        language: text(data, 'language'),
        ...(organisation ? { organisation } : {}),
      },
    );
    setCancelled(false);
    if (answered.status === 'unconfirmed') setAnswer({ email });
    else {
      // Their own address, registered at once: shown as their registration, with its cancel.
      reload();
      mine.reload();
    }
    return undefined;
  });

  return (
    <section aria-labelledby="registration-heading" class="registration">
      <h2 id="registration-heading">{t('registration.title')}</h2>
      <p>{t('registration.counts', { registered, capacity, waiting })}</p>
      {cancelled && (
        <Notice>
          <p>{t('registration.cancelled')}</p>
        </Notice>
      )}
      {meeting.status !== 'draft' &&
        (me && mine.error !== undefined && !noneYet ? (
          <LoadError error={mine.error} />
        ) : me && mine.data && !noneYet ? (
          <MyRegistration
            meetingId={meeting.id}
            mine={mine.data}
            open={open}
            onCancelled={() => {
              setCancelled(true);
              reload();
              mine.reload();
            }}
          />
        ) : me === undefined || (me && !mine.data && !noneYet) ? null : answer ? (
          <Notice>
            <p>{t('registration.checkEmail', { email: answer.email })}</p>
          </Notice>
        ) : open ? (
          <form noValidate onSubmit={register}>
            <p class="hint">{registered >= capacity ? t('registration.full') : t('registration.lead')}</p>
            <Outcome form={form} />
            <TextField
              form={form}
              name="name"
              label={t('registration.name')}
              autoComplete="name"
              required
              defaultValue={me?.name ?? ''}
              maxLength={200}
            />
            <TextField
              form={form}
              name="email"
              label={t('registration.email')}
              type="email"
              autoComplete="email"
              required
              defaultValue={me?.email ?? ''}
            />
            <TextField
              form={form}
              name="organisation"
              label={t('registration.organisation')}
              autoComplete="organization"
              maxLength={200}
              defaultValue={me?.organisations[0]?.name ?? ''}
            />
            <LanguageField form={form} name="language" label={t('registration.language')} />
            <SubmitButton form={form}>{t('registration.submit')}</SubmitButton>
          </form>
        ) : (
          <p>{t('registration.closed')}</p>
        ))}
      {meeting.canManage && <Participants meetingId={meeting.id} />}
    </section>
  );
}
