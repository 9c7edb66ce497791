import { useState } from 'preact/hooks';
import { peerLimits } from '#shared/peers/facts.ts';
import type { PeerProfile } from '#shared/peers/peer-leader.ts';
import type { InvitedPeerLeader, PeerProposal } from '#shared/peers/peer-store.ts';
import { send } from '../api.ts';
import { LanguageField, SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, MoreButton, usePages, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';

function Invite({ onInvited }: { onInvited(): void }) {
  const { t, rich } = useI18n();
  const form = useForm('peer-invite');
  return (
    <form
      noValidate
      class="narrow"
      onSubmit={form.submit(
        async (data) => {
          const email = text(data, 'email');
          const name = text(data, 'name');
          const answer = await send<{ invited: boolean }>('POST', '/api/peer-leaders/invitations', {
            email,
            ...(name ? { name } : {}),
            language: text(data, 'language'),
          });
          onInvited();
          return rich(answer.invited ? 'peer.coordinator.invited' : 'peer.coordinator.already', {
            email: <bdi>{email}</bdi>,
          });
        },
        { clear: true },
      )}
    >
      <h2>{t('peer.coordinator.invite')}</h2>
      <Outcome form={form} />
      <TextField form={form} name="email" label={t('common.email')} type="email" required />
      <TextField form={form} name="name" label={t('peer.profile.name')} maxLength={peerLimits.name} />
      <LanguageField form={form} name="language" label={t('common.emailLanguage')} />
      <SubmitButton form={form}>{t('peer.coordinator.inviteButton')}</SubmitButton>
    </form>
  );
}

function RecordTraining({ leader, onRecorded }: { leader: InvitedPeerLeader; onRecorded(): void }) {
  const { t } = useI18n();
  const form = useForm(`training-${leader.personId}`);
  return (
    <details class="panel">
      <summary>
        {t('peer.coordinator.record')}
        <span class="visually-hidden">
          {' '}
          <bdi>{leader.name ?? leader.email}</bdi>
        </span>
      </summary>
      <form
        noValidate
        onSubmit={form.submit(
          async (data) => {
            await send('POST', `/api/peer-leaders/${encodeURIComponent(leader.personId)}/trainings`, {
              course: text(data, 'course'),
              completedOn: text(data, 'completedOn'),
            });
            onRecorded();
            return t('peer.coordinator.recorded');
          },
          { clear: true },
        )}
      >
        <Outcome form={form} />
        <TextField
          form={form}
          name="course"
          label={t('peer.coordinator.course')}
          required
          maxLength={peerLimits.course}
        />
        <TextField
          form={form}
          name="completedOn"
          label={t('peer.coordinator.completedOn')}
          type="date"
          required
        />
        <SubmitButton form={form}>{t('peer.coordinator.recordButton')}</SubmitButton>
      </form>
    </details>
  );
}

/** The person's recorded trainings (from their profile, which the coordinator may always read), each deletable. */
function TrainingList({ leader, onChanged }: { leader: InvitedPeerLeader; onChanged(): void }) {
  const { t, formatDate } = useI18n();
  const path = `/api/peer-leaders/${encodeURIComponent(leader.personId)}` as const;
  const profile = useResource<PeerProfile>(path);
  const form = useForm(`trainings-${leader.personId}`);
  const remove = (trainingId: string) =>
    form.run(async () => {
      await send('DELETE', `${path}/trainings/${encodeURIComponent(trainingId)}`);
      profile.reload();
      onChanged();
      return t('peer.coordinator.trainingDeleted');
    });
  return (
    <>
      <Outcome form={form} />
      <Loaded resource={profile}>
        {(found) =>
          found.trainings.length === 0 ? (
            <p>{t('peer.trainings.empty')}</p>
          ) : (
            <ul class="rows">
              {found.trainings.map((training) => (
                <li key={training.id}>
                  <span>
                    <bdi>{training.course}</bdi> · {formatDate(training.completedOn, 'date')}
                  </span>{' '}
                  <button
                    type="button"
                    class="danger"
                    aria-disabled={form.busy}
                    onClick={() => remove(training.id)}
                  >
                    {t('peer.coordinator.deleteTraining')}
                    <span class="visually-hidden">
                      {' '}
                      <bdi>{training.course}</bdi>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

/** The training count, and the trainings themselves read only when opened. */
function Trainings({ leader, onChanged }: { leader: InvitedPeerLeader; onChanged(): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details class="panel" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {t('peer.coordinator.trainings', { count: leader.trainings })}
        <span class="visually-hidden">
          {' '}
          <bdi>{leader.name ?? leader.email}</bdi>
        </span>
      </summary>
      {open && <TrainingList leader={leader} onChanged={onChanged} />}
    </details>
  );
}

function Invited() {
  const { t, formatDate } = useI18n();
  const pages = usePages<InvitedPeerLeader>('/api/peer-leaders/invited');
  return (
    <section aria-labelledby="peer-invited">
      <h2 id="peer-invited">{t('peer.coordinator.list')}</h2>
      {pages.empty && <p>{t('peer.coordinator.empty')}</p>}
      <ul class="cards">
        {pages.items.map((leader) => (
          <li class="card" key={leader.personId}>
            <h3>
              <bdi>{leader.name ?? leader.email}</bdi>
            </h3>
            <p class="muted">
              <bdi>{leader.email}</bdi> ·{' '}
              {t('peer.coordinator.invitedAt', { date: formatDate(leader.invitedAt) })}
            </p>
            <p>
              <span class="badge">
                {t(leader.consented ? 'peer.coordinator.consented' : 'peer.coordinator.notConsented')}
              </span>
            </p>
            {leader.consented && <Trainings leader={leader} onChanged={pages.reload} />}
            <RecordTraining leader={leader} onRecorded={pages.reload} />
          </li>
        ))}
      </ul>
      <MoreButton pages={pages} />
    </section>
  );
}

function Proposals({ onDecided }: { onDecided(): void }) {
  const { t } = useI18n();
  const pages = usePages<PeerProposal>('/api/peer-leader-proposals');
  const decide = useForm('peer-proposals');
  const act = (proposal: PeerProposal, verb: 'accept' | 'decline') =>
    decide.run(async () => {
      await send('POST', `/api/peer-leader-proposals/${encodeURIComponent(proposal.id)}/${verb}`);
      pages.reload();
      onDecided();
      return t(verb === 'accept' ? 'peer.coordinator.accepted' : 'peer.coordinator.declined');
    });
  return (
    <section aria-labelledby="peer-proposals">
      <h2 id="peer-proposals">{t('peer.coordinator.proposals')}</h2>
      <Outcome form={decide} />
      {pages.empty && <p>{t('peer.coordinator.noProposals')}</p>}
      <ul class="cards">
        {pages.items.map((proposal) => (
          <li class="card" key={proposal.id}>
            <h3>
              <bdi>{proposal.name ?? proposal.email}</bdi>
            </h3>
            <p class="muted">
              <bdi>{proposal.email}</bdi> ·{' '}
              {t('peer.coordinator.proposedBy', { organisation: proposal.organisationName })}
            </p>
            {proposal.note && (
              <p dir="auto">
                <bdi>{proposal.note}</bdi>
              </p>
            )}
            <div class="actions">
              <button
                type="button"
                class="primary"
                aria-disabled={decide.busy}
                onClick={() => act(proposal, 'accept')}
              >
                {t('peer.coordinator.accept')}
                <span class="visually-hidden"> {proposal.name ?? proposal.email}</span>
              </button>
              <button type="button" aria-disabled={decide.busy} onClick={() => act(proposal, 'decline')}>
                {t('peer.coordinator.decline')}
                <span class="visually-hidden"> {proposal.name ?? proposal.email}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
      <MoreButton pages={pages} />
    </section>
  );
}

/** `/coordinator/peer-leaders`: inviting peer leaders, the invited, proposals to decide, trainings to record. */
export function CoordinatorPeerLeadersPage() {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      <PageHeading>{t('peer.coordinator.title')}</PageHeading>
      <SignedIn>
        {(me) =>
          me.coordinator ? (
            <>
              <p>
                <a href="/coordinator">{t('coordinator.title')}</a>
              </p>
              <Invite onInvited={changed} />
              <Proposals onDecided={changed} />
              <Invited key={version} />
            </>
          ) : (
            <p>{t('coordinator.only')}</p>
          )
        }
      </SignedIn>
    </>
  );
}
