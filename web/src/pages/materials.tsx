import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { isListed } from '#shared/membership/facts.ts';
import { topics } from '#shared/topics.ts';
import { Field, SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Notice } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useSession } from '../session.tsx';
import { topicKey } from '../topics.ts';
import { LanguageCodesField } from '../tray/language-codes.tsx';
import { MaterialList, ShareMaterial } from '../tray/organisation-materials.tsx';
import type { Material } from '../types.ts';

interface Search {
  q: string;
  language: string;
  topic: string;
}

/** The page's address for a search (`/materials?q=…&language=so`), without empty fields. */
function queryOf(search: Search) {
  const params = new URLSearchParams(Object.entries(search).filter(([, value]) => value));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The search: applying it changes the address, so a search can be shared. */
function SearchForm({ search }: { search: Search }) {
  const { t } = useI18n();
  const { route } = useLocation();
  const form = useForm('materials-search');
  return (
    <search aria-label={t('materials.searchLabel')}>
      <form
        noValidate
        class="filters"
        onSubmit={form.submit(async (data) => {
          route(
            `/materials${queryOf({ q: text(data, 'q'), language: text(data, 'language').toLowerCase(), topic: text(data, 'topic') })}`,
          );
          return undefined;
        })}
      >
        <TextField form={form} name="q" label={t('materials.words')} defaultValue={search.q} />
        <LanguageCodesField
          form={form}
          name="language"
          label={t('materials.language')}
          hint={t('materials.languageHint')}
          maxLength={3}
          defaultValue={search.language}
        />
        <Field form={form} name="topic" label={t('materials.topic')}>
          {(control) => (
            <select {...control} defaultValue={search.topic}>
              <option value="">{t('materials.anyTopic')}</option>
              {topics.map((topic) => (
                <option key={topic} value={topic}>
                  {t(topicKey(topic))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SubmitButton form={form}>{t('materials.search')}</SubmitButton>
      </form>
    </search>
  );
}

/** The material bank: every organisation's shared links, searched by words, language and topic. */
export function MaterialsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { query } = useLocation();
  const search: Search = {
    q: query.q?.trim() ?? '',
    language: query.language?.trim() ?? '',
    topic: topics.find((topic) => topic === query.topic) ?? '',
  };
  const pages = usePages<Material>(`/api/materials${queryOf(search)}`);
  const [notice, setNotice] = useState<{ text: string; n: number }>();
  const sharers = (me?.organisations ?? []).filter(isListed);
  const changed = (text?: string) => {
    if (text) setNotice({ text, n: (notice?.n ?? 0) + 1 });
    pages.reload();
  };
  return (
    <>
      <PageHeading>{t('materials.title')}</PageHeading>
      <p class="lead">{t('materials.lead')}</p>
      <SearchForm key={queryOf(search)} search={search} />
      {notice && <Notice key={notice.n}>{notice.text}</Notice>}
      <p role="status" class="muted">
        {!pages.loading && pages.items.length > 0 && t('materials.shown', { count: pages.items.length })}
        {pages.empty && t(queryOf(search) ? 'materials.noMatches' : 'materials.empty')}
      </p>
      <MaterialList items={pages.items} showOrganisation onChanged={changed} />
      <MoreButton pages={pages} />
      {sharers.map((o) => (
        <section key={o.id} aria-labelledby={`share-${o.id}`}>
          <h2 id={`share-${o.id}`} dir="auto">
            {o.name}
          </h2>
          <ShareMaterial organisationId={o.id} onShared={() => pages.reload()} />
        </section>
      ))}
    </>
  );
}
