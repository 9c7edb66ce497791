import { useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import type { requestSummary } from '#shared/api/routes/translation-requests.ts';
import { type RequestStatus, requestStatuses } from '#shared/translations/facts.ts';
import { Field, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';
import type { Me } from '../types.ts';

type Summary = z.output<typeof requestSummary>;

export const editorPath = (r: Pick<Summary, 'kind' | 'subjectId' | 'language'>) =>
  `/translations/${r.kind}/${encodeURIComponent(r.subjectId)}/${encodeURIComponent(r.language)}`;

function RequestList({ language, status }: { language: string; status: string }) {
  const { t, languageName, formatDate } = useI18n();
  const query = new URLSearchParams({
    ...(language ? { language } : {}),
    ...(status ? { status } : {}),
  }).toString();
  const pages = usePages<Summary>(`/api/translation-requests${query ? `?${query}` : ''}`);
  return (
    <>
      {pages.empty && <p>{t('translations.none')}</p>}
      {pages.items.length > 0 && (
        <ul class="translation-requests">
          {pages.items.map((r) => (
            <li key={`${r.kind}/${r.subjectId}/${r.language}`}>
              <a href={editorPath(r)}>
                <bdi lang={r.sourceLanguage}>{r.title}</bdi>
              </a>{' '}
              <span class="desk-when">
                {t(`translations.kind.${r.kind}`)} · {t('desk.into', { language: languageName(r.language) })}{' '}
                · {t(`translations.status.${r.status}`)}
                {r.claimedByMe && ` · ${t('translations.claimedByYou')}`} · {formatDate(r.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <MoreButton pages={pages} />
    </>
  );
}

function Filters({ me, onShow }: { me: Me; onShow: (language: string, status: string) => void }) {
  const { t, languageName } = useI18n();
  const form = useForm('translation-filters');
  return (
    <form
      class="filters"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget as HTMLFormElement);
        onShow(text(data, 'language'), text(data, 'status'));
      }}
    >
      <div class="filter-grid">
        {me.translatorLanguages.length > 0 ? (
          <Field form={form} name="language" label={t('translations.filter.language')}>
            {(control) => (
              <select {...control}>
                <option value="">{t('translations.filter.all')}</option>
                {me.translatorLanguages.map((code) => (
                  <option key={code} value={code}>
                    {languageName(code)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <TextField
            form={form}
            name="language"
            label={t('translations.filter.languageCode')}
            maxLength={12}
            autoComplete="off"
          />
        )}
        <Field form={form} name="status" label={t('translations.filter.status')}>
          {(control) => (
            <select {...control}>
              <option value="">{t('translations.filter.all')}</option>
              {requestStatuses.map((status: RequestStatus) => (
                <option key={status} value={status}>
                  {t(`translations.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div class="actions">
        <button type="submit">{t('translations.filter.show')}</button>
      </div>
    </form>
  );
}

function Requests({ me }: { me: Me }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState({ language: '', status: '' });
  if (!me.coordinator && me.translatorLanguages.length === 0) return <p>{t('translations.notTranslator')}</p>;
  return (
    <>
      <p>{t('translations.lead')}</p>
      <Filters me={me} onShow={(language, status) => setFilter({ language, status })} />
      <RequestList key={`${filter.language}/${filter.status}`} {...filter} />
    </>
  );
}

/** The translator's desk of requests: open ones in their languages, theirs, others' to review; the coordinator's all. */
export function TranslationsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('translations.title')}</PageHeading>
      <SignedIn>{(me) => <Requests me={me} />}</SignedIn>
    </>
  );
}
