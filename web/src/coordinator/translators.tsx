import { useState } from 'preact/hooks';
import { translationLimits } from '#shared/translations/facts.ts';
import type { TranslatorView } from '#shared/translations/read-translators.ts';
import { api, send } from '../api.ts';
import { Confirmable } from '../forms/confirm.tsx';
import { LanguageField, SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { LanguageInputs } from '../forms/language-inputs.tsx';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, MoreButton, usePages, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';
import { languagesOf } from '../translators/my-translator-role.tsx';

function Grant({ onGranted }: { onGranted(): void }) {
  const { t, rich } = useI18n();
  const form = useForm('translator-grant');
  return (
    <form
      noValidate
      class="narrow"
      onSubmit={form.submit(
        async (data) => {
          const email = text(data, 'email');
          const name = text(data, 'name');
          const answer = await send<{ granted: boolean }>('POST', '/api/translators', {
            email,
            ...(name ? { name } : {}),
            languages: languagesOf(data),
            language: text(data, 'language'),
          });
          onGranted();
          return rich(answer.granted ? 'translator.coordinator.granted' : 'translator.coordinator.already', {
            email: <bdi>{email}</bdi>,
          });
        },
        { clear: true },
      )}
    >
      <h2>{t('translator.coordinator.grant')}</h2>
      <Outcome form={form} />
      <TextField form={form} name="email" label={t('common.email')} type="email" required />
      <TextField form={form} name="name" label={t('peer.profile.name')} maxLength={120} />
      <LanguageInputs
        form={form}
        initial={[]}
        max={translationLimits.languages}
        legend={t('translator.own.languages')}
      />
      <LanguageField form={form} name="language" label={t('common.emailLanguage')} />
      <SubmitButton form={form}>{t('translator.coordinator.grantButton')}</SubmitButton>
    </form>
  );
}

function Counts() {
  const { t, languageName } = useI18n();
  const counts = useResource<{ languages: { language: string; translators: number }[] }>(
    '/api/translators/languages',
  );
  return (
    <section aria-labelledby="translator-counts">
      <h2 id="translator-counts">{t('translator.coordinator.counts')}</h2>
      <Loaded resource={counts}>
        {({ languages }) =>
          languages.length === 0 ? (
            <p>{t('translator.coordinator.noCounts')}</p>
          ) : (
            <ul class="rows">
              {languages.map((c) => (
                <li key={c.language}>
                  {t('translator.coordinator.count', {
                    language: languageName(c.language),
                    count: c.translators,
                  })}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

function Translator({ translator, onChanged }: { translator: TranslatorView; onChanged(): void }) {
  const { t, formatDate, languageName } = useI18n();
  const change = useForm(`translator-${translator.personId}`);
  const revoke = useForm(`revoke-${translator.personId}`);
  const path = `/api/translators/${encodeURIComponent(translator.personId)}` as const;
  const who = translator.name ?? translator.email;
  return (
    <li class="card">
      <h3>
        <bdi>{who}</bdi>
      </h3>
      <p class="muted">
        <bdi>{translator.email}</bdi> ·{' '}
        {t(`translator.coordinator.grantedBy.${translator.grantedBy}`, {
          date: formatDate(translator.grantedAt),
        })}
      </p>
      <p>{translator.languages.map(languageName).join(', ')}</p>
      <details class="panel">
        <summary>
          {t('translator.coordinator.change')}
          <span class="visually-hidden">
            {' '}
            <bdi>{who}</bdi>
          </span>
        </summary>
        <form
          noValidate
          onSubmit={change.submit(async (data) => {
            await api(path, { method: 'PUT', body: JSON.stringify({ languages: languagesOf(data) }) });
            onChanged();
            return t('translator.coordinator.changed');
          })}
        >
          <Outcome form={change} />
          <LanguageInputs
            form={change}
            initial={translator.languages}
            max={translationLimits.languages}
            legend={t('translator.own.languages')}
          />
          <SubmitButton form={change}>{t('translator.own.save')}</SubmitButton>
        </form>
      </details>
      <Outcome form={revoke} />
      <Confirmable
        form={revoke}
        label={
          <>
            {t('translator.coordinator.revoke')}
            <span class="visually-hidden">
              {' '}
              <bdi>{who}</bdi>
            </span>
          </>
        }
        question={t('translator.coordinator.revokeQuestion', { name: who })}
        confirm={t('translator.coordinator.revokeConfirm')}
        onConfirm={async () => {
          await send('DELETE', path);
          onChanged();
          return t('translator.coordinator.revoked');
        }}
      />
    </li>
  );
}

function Translators({ onChanged }: { onChanged(): void }) {
  const { t } = useI18n();
  const pages = usePages<TranslatorView>('/api/translators');
  return (
    <section aria-labelledby="translator-list">
      <h2 id="translator-list">{t('translator.coordinator.list')}</h2>
      {pages.empty && <p>{t('translator.coordinator.empty')}</p>}
      <ul class="cards">
        {pages.items.map((translator) => (
          <Translator key={translator.personId} translator={translator} onChanged={onChanged} />
        ))}
      </ul>
      <MoreButton pages={pages} />
    </section>
  );
}

/** `/coordinator/translators`: granting the translator role by email, the translators and their languages, the counts per language. */
export function CoordinatorTranslatorsPage() {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      <PageHeading>{t('translator.coordinator.title')}</PageHeading>
      <SignedIn>
        {(me) =>
          me.coordinator ? (
            <>
              <p>
                <a href="/coordinator">{t('coordinator.title')}</a>
              </p>
              <Grant onGranted={changed} />
              <Counts key={`counts-${version}`} />
              <Translators key={version} onChanged={changed} />
            </>
          ) : (
            <p>{t('coordinator.only')}</p>
          )
        }
      </SignedIn>
    </>
  );
}
