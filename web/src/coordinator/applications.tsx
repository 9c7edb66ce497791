import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { send } from '../api.ts';
import { SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages } from '../load.tsx';
import { OrganisationFacts } from '../membership/fields.tsx';
import type { Application, Organisation } from '../types.ts';

const statuses = ['pending', 'approved', 'rejected'] as const satisfies readonly Application['status'][];

function Duplicates({ app }: { app: Application }) {
  const { t } = useI18n();
  if (app.possibleDuplicates.length === 0) return null;
  return (
    <div class="warning">
      <p>
        <strong>{t('applications.duplicates')}</strong>
      </p>
      <ul>
        {app.possibleDuplicates.map((duplicate) => (
          <li key={`${duplicate.kind}-${duplicate.id}`}>
            {t(`applications.duplicate.${duplicate.kind}`)}:{' '}
            {duplicate.kind === 'organisation' ? (
              <a href={`/organisations/${encodeURIComponent(duplicate.id)}`}>
                <bdi>{duplicate.name}</bdi>
              </a>
            ) : (
              <bdi>{duplicate.name}</bdi>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Decide({ app, onDecided }: { app: Application; onDecided(message: ComponentChildren): void }) {
  const { t, rich } = useI18n();
  const approve = useForm(`approve-${app.id}`);
  const reject = useForm(`reject-${app.id}`);
  const path = `/api/applications/${encodeURIComponent(app.id)}` as const;
  const name = <bdi>{app.organisationName}</bdi>;
  return (
    <>
      <Outcome form={approve} />
      <p>
        <button
          type="button"
          class="primary"
          aria-disabled={approve.busy}
          onClick={() =>
            approve.run(async () => {
              const org = await send<Organisation>('POST', `${path}/approve`);
              onDecided(
                rich('applications.approved', {
                  organisation: <a href={`/organisations/${encodeURIComponent(org.id)}`}>{name}</a>,
                }),
              );
              return undefined;
            })
          }
        >
          {t('applications.approve')}
          <span class="visually-hidden"> {name}</span>
        </button>
      </p>
      <details class="panel">
        <summary>
          {t('applications.reject')}
          <span class="visually-hidden"> {name}</span>
        </summary>
        <form
          noValidate
          onSubmit={reject.submit(async (data) => {
            await send('POST', `${path}/reject`, { reason: text(data, 'reason') });
            onDecided(rich('applications.rejected', { organisation: name }));
            return undefined;
          })}
        >
          <Outcome form={reject} />
          <TextField
            form={reject}
            name="reason"
            label={t('applications.reason')}
            hint={t('applications.reasonHint')}
            required
            multiline
          />
          <SubmitButton form={reject} danger>
            {t('applications.rejectSubmit')}
          </SubmitButton>
        </form>
      </details>
    </>
  );
}

function ApplicationCard({
  app,
  onDecided,
}: {
  app: Application;
  onDecided(message: ComponentChildren): void;
}) {
  const { t, formatDate, languageName } = useI18n();
  return (
    <li class="card">
      <h3>
        <bdi>{app.organisationName}</bdi>
      </h3>
      <p class="muted">{t('applications.submitted', { date: formatDate(app.submittedAt) })}</p>
      <Duplicates app={app} />
      <p dir="auto">{app.description}</p>
      <OrganisationFacts org={app}>
        {app.businessId && (
          <>
            <dt>{t('organisation.businessId')}</dt>
            <dd>{app.businessId}</dd>
          </>
        )}
        <dt>{t('applications.contact')}</dt>
        <dd>
          <bdi>{app.contact.name}</bdi>, <bdi>{app.contact.email}</bdi> ({languageName(app.contact.language)})
        </dd>
        <dt>{t('applications.representatives')}</dt>
        <dd>
          <bdi>{app.representatives.join(', ')}</bdi>
        </dd>
        <dt>{t('applications.principles')}</dt>
        <dd>
          {app.principles.version} ({formatDate(app.principles.acceptedAt)})
        </dd>
        {app.decidedAt && (
          <>
            <dt>{t('applications.decided')}</dt>
            <dd>
              {formatDate(app.decidedAt)}, <bdi>{app.decidedBy}</bdi>
            </dd>
          </>
        )}
        {app.reason && (
          <>
            <dt>{t('applications.reason')}</dt>
            <dd dir="auto">{app.reason}</dd>
          </>
        )}
      </OrganisationFacts>
      {app.status === 'pending' && <Decide app={app} onDecided={onDecided} />}
    </li>
  );
}

export function Applications() {
  const { t } = useI18n();
  const [status, setStatus] = useState<Application['status']>('pending');
  const [notice, setNotice] = useState<{ message: ComponentChildren; at: number }>();
  const pages = usePages<Application>(`/api/applications?status=${status}`);
  return (
    <section aria-labelledby="applications">
      <h2 id="applications">{t('coordinator.applications')}</h2>
      {notice && <Notice key={notice.at}>{notice.message}</Notice>}
      <div class="field">
        <label for="applications-status">{t('applications.status')}</label>
        <select
          id="applications-status"
          value={status}
          onChange={(event) =>
            setStatus((event.currentTarget as HTMLSelectElement).value as Application['status'])
          }
        >
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`applications.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {pages.empty && <p>{t('applications.empty')}</p>}
      <ul class="cards">
        {pages.items.map((app) => (
          <ApplicationCard
            key={app.id}
            app={app}
            onDecided={(message) => {
              setNotice({ message, at: Date.now() });
              pages.reload();
            }}
          />
        ))}
      </ul>
      <MoreButton pages={pages} />
    </section>
  );
}
