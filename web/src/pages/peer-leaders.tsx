import { useState } from 'preact/hooks';
import type { PeerRequestView } from '#shared/api/routes/peer-requests.ts';
import { peerLimits } from '#shared/peers/facts.ts';
import { api, send } from '../api.ts';
import { Field, SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { LoadError } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useSession } from '../session.tsx';
import { topicKey, topicOptions } from '../topics.ts';

interface Card {
  personId: string;
  name: string;
  languages: string[];
  municipalities: string[];
  themes: string[];
  availability: 'available' | 'limited' | 'unavailable';
  introduction?: string;
}
interface Found {
  viewer: 'coordinator' | 'member' | 'public';
  items: Card[];
}

/** Languages the network's peer leaders often work in, offered in the language field's list. */
const commonLanguages = [
  'so',
  'ar',
  'fa',
  'prs',
  'ku',
  'ckb',
  'ti',
  'ru',
  'uk',
  'en',
  'fr',
  'es',
  'tr',
  'vi',
  'th',
  'sw',
  'am',
  'ps',
  'ur',
  'et',
];

function AskForm({ leader, organisations }: { leader: Card; organisations: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const form = useForm(`ask-${leader.personId}`);
  const [sent, setSent] = useState<PeerRequestView>();
  const submit = form.submit(async (data) => {
    setSent(
      await send<PeerRequestView>(
        'POST',
        `/api/peer-leaders/${encodeURIComponent(leader.personId)}/requests`,
        {
          organisationId: text(data, 'organisationId'),
          purpose: text(data, 'purpose'),
          when: text(data, 'when'),
        },
      ),
    );
    return t('peers.sent', { name: leader.name });
  });
  return (
    <details class="ask">
      <summary>{t('peers.ask')}</summary>
      <form noValidate onSubmit={submit}>
        <Field form={form} name="organisationId" label={t('peers.askFor')} required>
          {(control) => (
            <select {...control}>
              {organisations.map((org) => (
                <option key={org.id} value={org.id}>
                  {org.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          form={form}
          name="purpose"
          label={t('peers.purpose')}
          required
          multiline
          maxLength={peerLimits.purpose}
        />
        <TextField
          form={form}
          name="when"
          label={t('peers.when')}
          hint={t('peers.whenHint')}
          required
          maxLength={peerLimits.when}
        />
        <p class="hint">{t('peers.askPrivacy', { days: peerLimits.requestDays })}</p>
        <Outcome form={form} />
        {!sent && <SubmitButton form={form}>{t('peers.send')}</SubmitButton>}
      </form>
    </details>
  );
}

/** `/peer-leaders`: find a peer leader by language, municipality and theme; representatives ask one. */
export function PeerLeadersPage() {
  const { t, language, languageName } = useI18n();
  // Each language's own list words and comma (Arabic's ،), not a comma and a space.
  const and = new Intl.ListFormat(language, { type: 'conjunction' });
  const { me } = useSession();
  const form = useForm('peer-search');
  const [found, setFound] = useState<Found>();
  const [error, setError] = useState<unknown>();
  const organisations = (me?.organisations ?? []).filter((org) => org.status === 'member');

  const submit = form.submit(async (data) => {
    const query = new URLSearchParams({ language: text(data, 'language') });
    if (text(data, 'municipality')) query.set('municipality', text(data, 'municipality'));
    if (text(data, 'theme')) query.set('theme', text(data, 'theme'));
    setError(undefined);
    setFound(
      await api<Found>(`/api/peer-leaders?${query}`).catch((e: unknown) => {
        setError(e);
        return undefined;
      }),
    );
    return undefined;
  });

  return (
    <>
      <PageHeading>{t('peers.title')}</PageHeading>
      <p>{t('peers.lead')}</p>
      {organisations.length > 0 && (
        <ul class="inline-links">
          {organisations.map((org) => (
            <li key={org.id}>
              <a href={`/organisations/${encodeURIComponent(org.id)}/peer-requests`}>
                {t('peers.sentBy', { organisation: org.name })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={submit} class="search-form peer-search">
        <Field
          form={form}
          name="language"
          label={t('peers.language')}
          hint={t('peers.languageHint')}
          required
        >
          {(control) => (
            <input {...control} type="text" list="peer-languages" autoComplete="off" maxLength={12} />
          )}
        </Field>
        <datalist id="peer-languages">
          {commonLanguages.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </datalist>
        <TextField form={form} name="municipality" label={t('peers.municipality')} maxLength={80} />
        <Field form={form} name="theme" label={t('peers.theme')}>
          {(control) => (
            <select {...control}>
              <option value="">{t('peers.anyTheme')}</option>
              {topicOptions(t).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Outcome form={form} />
        <SubmitButton form={form}>{t('peers.search')}</SubmitButton>
      </form>
      {error !== undefined && <LoadError error={error} />}
      {found && (
        <section aria-live="polite">
          <h2>{t('peers.results', { count: found.items.length })}</h2>
          {found.viewer === 'public' && <p>{t('peers.publicOnly')}</p>}
          <ul class="cards peer-cards">
            {found.items.map((leader) => (
              <li key={leader.personId} class="card">
                <h3>
                  <bdi>{leader.name}</bdi>
                </h3>
                <dl>
                  <dt>{t('peers.languages')}</dt>
                  <dd>{and.format(leader.languages.map(languageName))}</dd>
                  <dt>{t('peers.municipalities')}</dt>
                  <dd>{and.format(leader.municipalities)}</dd>
                  {leader.themes.length > 0 && (
                    <>
                      <dt>{t('peers.themes')}</dt>
                      <dd>{and.format(leader.themes.map((theme) => t(topicKey(theme as never))))}</dd>
                    </>
                  )}
                  <dt>{t('peers.availability')}</dt>
                  <dd>{t(`peers.availability.${leader.availability}`)}</dd>
                </dl>
                {leader.introduction && <p dir="auto">{leader.introduction}</p>}
                {organisations.length > 0 && <AskForm leader={leader} organisations={organisations} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
