import { useState } from 'preact/hooks';
import { api, send } from '../api.ts';
import { Confirmable } from '../forms/confirm.tsx';
import { LanguageField, SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn, useSession } from '../session.tsx';
import type { Me } from '../types.ts';

function saveFile(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Details({ me }: { me: Me }) {
  const { t, chooseLanguage } = useI18n();
  const { refresh } = useSession();
  const form = useForm('account');
  const save = form.submit(async (data) => {
    const name = text(data, 'name');
    const saved = await send<Me>('PATCH', '/api/me', {
      ...(name ? { name } : {}),
      language: text(data, 'language'),
    });
    await refresh(saved);
    chooseLanguage(saved.language);
    return t('account.saved');
  });
  return (
    <section aria-labelledby="account-details">
      <h2 id="account-details">{t('account.details')}</h2>
      <dl class="meta">
        <dt>{t('account.email')}</dt>
        <dd>
          <bdi>{me.email}</bdi>
        </dd>
      </dl>
      <form noValidate onSubmit={save} class="narrow">
        <Outcome form={form} />
        <TextField
          form={form}
          name="name"
          label={t('account.name')}
          defaultValue={me.name}
          autoComplete="name"
        />
        <LanguageField form={form} name="language" label={t('account.language')} selected={me.language} />
        <SubmitButton form={form}>{t('common.save')}</SubmitButton>
      </form>
    </section>
  );
}

function Roles({ me }: { me: Me }) {
  const { t } = useI18n();
  const none = !me.coordinator && me.organisations.length === 0 && me.bodies.length === 0;
  return (
    <section aria-labelledby="account-roles">
      <h2 id="account-roles">{t('account.roles')}</h2>
      {none && <p>{t('account.noRoles')}</p>}
      {me.coordinator && (
        <p>
          <span class="badge">{t('account.coordinator')}</span>{' '}
          <a href="/coordinator">{t('nav.coordinator')}</a>
        </p>
      )}
      {me.organisations.length > 0 && (
        <>
          <h3>{t('account.organisations')}</h3>
          <ul>
            {me.organisations.map((org) => (
              <li key={org.id}>
                <a href={`/organisations/${encodeURIComponent(org.id)}`}>
                  <bdi>{org.name}</bdi>
                </a>
                {' · '}
                <a href={`/organisations/${encodeURIComponent(org.id)}/statements`}>
                  {t('orgStatements.title')}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {me.bodies.length > 0 && (
        <>
          <h3>{t('account.bodies')}</h3>
          <ul>
            {me.bodies.map((body) => (
              <li key={body.id}>
                <a href={`/my-consultations?body=${encodeURIComponent(body.id)}`}>
                  <bdi>{body.name}</bdi>
                </a>
                {' · '}
                <a href={`/bodies/${encodeURIComponent(body.id)}/inbox`}>{t('inbox.title')}</a>
              </li>
            ))}
          </ul>
          <p>
            <a class="button" href="/consultations/new">
              {t('consultations.new')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

function Data({ onDeleted }: { onDeleted(): void }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const download = useForm('account-export');
  const remove = useForm('account-delete');
  return (
    <section aria-labelledby="account-data">
      <h2 id="account-data">{t('account.data')}</h2>
      <p>{t('account.dataLead')}</p>
      <Outcome form={download} />
      <p>
        <button
          type="button"
          aria-disabled={download.busy}
          onClick={() =>
            download.run(async () => {
              saveFile(`kaiutin-${new Date().toISOString().slice(0, 10)}.json`, await api('/api/me/export'));
              return undefined;
            })
          }
        >
          {t('account.download')}
        </button>
      </p>
      <Outcome form={remove} />
      <Confirmable
        form={remove}
        label={t('account.delete')}
        question={t('account.deleteQuestion')}
        confirm={t('account.deleteConfirm')}
        onConfirm={async () => {
          await send('DELETE', '/api/me');
          onDeleted();
          await refresh(null);
          return undefined;
        }}
      />
    </section>
  );
}

export function AccountPage() {
  const { t } = useI18n();
  const [deleted, setDeleted] = useState(false);
  return (
    <>
      <PageHeading>{t('account.title')}</PageHeading>
      {deleted ? (
        <Notice>
          <p>{t('account.deleted')}</p>
        </Notice>
      ) : (
        <SignedIn>
          {(me) => (
            <>
              <Details me={me} />
              <Roles me={me} />
              <Data onDeleted={() => setDeleted(true)} />
            </>
          )}
        </SignedIn>
      )}
    </>
  );
}
