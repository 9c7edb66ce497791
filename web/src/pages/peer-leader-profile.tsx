import { useState } from 'preact/hooks';
import type { PeerRequestView } from '#shared/api/routes/peer-requests.ts';
import { type Availability, availabilities, peerLimits } from '#shared/peers/facts.ts';
import type { PeerProfile } from '#shared/peers/peer-leader.ts';
import type { MyPeerLeader } from '#shared/peers/read-peer-leader.ts';
import type { Topic } from '#shared/topics.ts';
import { api } from '../api.ts';
import { Confirmable } from '../forms/confirm.tsx';
import { Choices, SubmitButton, TextField } from '../forms/fields.tsx';
import { list, text, useForm } from '../forms/form.ts';
import { LanguageInputs } from '../forms/language-inputs.tsx';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, MoreButton, type Resource, usePages, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';
import { topicOptions } from '../topics.ts';
import { MyTranslatorRole } from '../translators/my-translator-role.tsx';
import { RequestStatus } from './organisation-peer-requests.tsx';

const put = <T,>(path: `/api/${string}`, body: unknown) =>
  api<T>(path, { method: 'PUT', body: JSON.stringify(body) });

function ConsentText({ version }: { version: string }) {
  const { t } = useI18n();
  return (
    <div class="panel">
      <p class="muted">{t('peer.consent.version', { version })}</p>
      <p>{t('peer.consent.what')}</p>
      <p>{t('peer.consent.why')}</p>
      <p>{t('peer.consent.who')}</p>
      <p>
        <strong>{t('peer.consent.ethnic')}</strong>
      </p>
      <p>{t('peer.consent.withdraw')}</p>
    </div>
  );
}

function ConsentForm({ state, onDone }: { state: MyPeerLeader; onDone(): void }) {
  const { t } = useI18n();
  const form = useForm('consent');
  const chosen = state.consent?.visibility ?? 'coordinator';
  return (
    <form
      noValidate
      onSubmit={form.submit(async (data) => {
        await put('/api/me/peer-leader/consent', {
          version: state.currentVersion,
          visibility: text(data, 'visibility'),
          public: data.get('public') === 'yes',
        });
        onDone();
        return t('peer.consent.given');
      })}
    >
      <h2>{t('peer.consent.heading')}</h2>
      {state.consent && state.mustConsent && <p>{t('peer.consent.again')}</p>}
      <ConsentText version={state.currentVersion} />
      <Outcome form={form} />
      <Choices
        form={form}
        name="visibility"
        type="radio"
        required
        label={t('peer.consent.visibility')}
        checked={[chosen]}
        options={[
          { value: 'coordinator', label: t('peer.consent.visibility.coordinator') },
          { value: 'members', label: t('peer.consent.visibility.members') },
        ]}
      />
      <Choices
        form={form}
        name="public"
        type="checkbox"
        label={t('peer.consent.publicLegend')}
        checked={state.consent?.public ? ['yes'] : []}
        options={[{ value: 'yes', label: t('peer.consent.public') }]}
      />
      <SubmitButton form={form}>{t('peer.consent.give')}</SubmitButton>
    </form>
  );
}

function ProfileForm({ profile, onSaved }: { profile: PeerProfile | null; onSaved(): void }) {
  const { t } = useI18n();
  const form = useForm('peer-profile');
  return (
    <form
      noValidate
      onSubmit={form.submit(async (data) => {
        const availabilityNote = text(data, 'availabilityNote');
        const introduction = text(data, 'introduction');
        await put('/api/me/peer-leader/profile', {
          name: text(data, 'name'),
          languages: data
            .getAll('languages')
            .map((code) => String(code).trim())
            .filter(Boolean),
          municipalities: list(data, 'municipalities'),
          themes: data.getAll('themes').map(String),
          availability: text(data, 'availability'),
          ...(availabilityNote ? { availabilityNote } : {}),
          ...(introduction ? { introduction } : {}),
        });
        onSaved();
        return t('peer.profile.saved');
      })}
    >
      <h2>{t('peer.profile.heading')}</h2>
      <Outcome form={form} />
      <TextField
        form={form}
        name="name"
        label={t('peer.profile.name')}
        required
        maxLength={peerLimits.name}
        defaultValue={profile?.name}
      />
      <LanguageInputs form={form} initial={profile?.languages ?? []} max={peerLimits.languages} />
      <TextField
        form={form}
        name="municipalities"
        label={t('peer.profile.municipalities')}
        hint={t('peer.profile.municipalitiesHint')}
        required
        defaultValue={profile?.municipalities.join(', ')}
      />
      <Choices
        form={form}
        name="themes"
        type="checkbox"
        label={t('peer.profile.themes')}
        options={topicOptions(t)}
        checked={(profile?.themes ?? []) as Topic[]}
      />
      <Choices
        form={form}
        name="availability"
        type="radio"
        required
        label={t('peer.profile.availability')}
        checked={[profile?.availability ?? 'available']}
        options={availabilities.map((value: Availability) => ({
          value,
          label: t(`peer.availability.${value}`),
        }))}
      />
      <TextField
        form={form}
        name="availabilityNote"
        label={t('peer.profile.availabilityNote')}
        maxLength={peerLimits.availabilityNote}
        defaultValue={profile?.availabilityNote}
      />
      <TextField
        form={form}
        name="introduction"
        label={t('peer.profile.introduction')}
        multiline
        maxLength={peerLimits.introduction}
        defaultValue={profile?.introduction}
      />
      <SubmitButton form={form}>{t('peer.profile.save')}</SubmitButton>
    </form>
  );
}

function Trainings({ profile }: { profile: PeerProfile | null }) {
  const { t, formatDate } = useI18n();
  const trainings = profile?.trainings ?? [];
  return (
    <section aria-labelledby="peer-trainings">
      <h2 id="peer-trainings">{t('peer.trainings.heading')}</h2>
      <p class="hint">{t('peer.trainings.hint')}</p>
      {trainings.length === 0 ? (
        <p>{t('peer.trainings.empty')}</p>
      ) : (
        <ul class="rows">
          {trainings.map((training) => (
            <li key={training.id}>
              <span>
                <bdi>{training.course}</bdi> · {formatDate(training.completedOn, 'date')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The requests organisations sent the person, newest first; an open one is answered on its page. */
function Requests() {
  const { t, formatDate } = useI18n();
  const pages = usePages<PeerRequestView>('/api/me/peer-requests');
  return (
    <section aria-labelledby="peer-requests">
      <h2 id="peer-requests">{t('peer.requests.heading')}</h2>
      {pages.empty && <p>{t('peer.requests.none')}</p>}
      <ul class="list">
        {pages.items.map((r) => (
          <li key={r.id}>
            <a href={`/peer-requests/${encodeURIComponent(r.id)}`}>
              <strong>
                <bdi>{r.organisationName}</bdi>
              </strong>
            </a>{' '}
            <RequestStatus request={r} />
            <p dir="auto">{r.purpose}</p>
            <p>
              {t('peers.when')}: <bdi>{r.when}</bdi>
            </p>
            <p class="hint">{t('peerRequest.sentOn', { date: formatDate(r.sentAt) })}</p>
          </li>
        ))}
      </ul>
      <MoreButton pages={pages} />
    </section>
  );
}

function Bank({ resource, state }: { resource: Resource<MyPeerLeader>; state: MyPeerLeader }) {
  const { t, formatDate } = useI18n();
  const withdraw = useForm('withdraw');
  const [notice, setNotice] = useState<string>();
  if (!state.invited) return <p>{t('peer.notInvited')}</p>;
  return (
    <>
      {notice && <Notice key={notice}>{notice}</Notice>}
      {state.mustConsent ? (
        <ConsentForm state={state} onDone={resource.reload} />
      ) : (
        <>
          {state.consent && (
            <p>
              {t('peer.consent.current', {
                date: formatDate(state.consent.givenAt),
                version: state.consent.version,
              })}{' '}
              {t('peer.consent.whoSees', {
                who: t(`peer.consent.visibility.${state.consent.visibility}`),
              })}
              {state.consent.public && ` · ${t('peer.consent.isPublic')}`}
            </p>
          )}
          <ProfileForm profile={state.profile} onSaved={resource.reload} />
          <details class="panel">
            <summary>{t('peer.consent.change')}</summary>
            <ConsentForm state={state} onDone={resource.reload} />
          </details>
        </>
      )}
      <Trainings profile={state.profile} />
      <Requests />
      {(state.consent || state.profile) && (
        <>
          <h2>{t('peer.withdraw.heading')}</h2>
          <Outcome form={withdraw} />
          <Confirmable
            form={withdraw}
            label={t('peer.withdraw.button')}
            question={t('peer.withdraw.question')}
            confirm={t('peer.withdraw.confirm')}
            onConfirm={async () => {
              await api('/api/me/peer-leader/consent', { method: 'DELETE' });
              setNotice(t('peer.withdraw.done'));
              resource.reload();
              return undefined;
            }}
          />
        </>
      )}
    </>
  );
}

/** `/peer-leader`: an invited person's consent, profile and trainings, and withdrawing it all. */
export function PeerLeaderProfilePage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('peer.page.title')}</PageHeading>
      <SignedIn>
        {(me) => (
          <>
            <MyBank />
            <MyTranslatorRole me={me} />
          </>
        )}
      </SignedIn>
    </>
  );
}

function MyBank() {
  const resource = useResource<MyPeerLeader>('/api/me/peer-leader');
  return <Loaded resource={resource}>{(state) => <Bank resource={resource} state={state} />}</Loaded>;
}
