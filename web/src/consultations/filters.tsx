import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { topics } from '#shared/topics.ts';
import { bodyNameIn } from '../bodies.tsx';
import { Field, SubmitButton } from '../forms/fields.tsx';
import { useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { topicOptions } from '../topics.ts';
import type { Body } from '../types.ts';
import { type PublicStatus, publicStatuses, statusKeys } from './keys.ts';

export interface Filters {
  status: PublicStatus;
  body: string;
  municipality: string;
  topic: string;
  q: string;
}

/** The filters in the page's address (`/consultations?status=closed&topic=housing`). */
export function filtersOf(query: Record<string, string | undefined>): Filters {
  return {
    status: publicStatuses.find((status) => status === query.status) ?? 'published',
    body: query.body?.trim() ?? '',
    municipality: query.municipality?.trim() ?? '',
    topic: topics.find((topic) => topic === query.topic) ?? '',
    q: query.q?.trim() ?? '',
  };
}

/** The filters as a query string, without the defaults and without a search the API would refuse. */
export function queryOf(filters: Filters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (!value || (name === 'status' && value === 'published') || (name === 'q' && value.length < 2))
      continue;
    params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A search form: applying it changes the address, so a filtered list can be shared and gone back to. */
export function FilterForm({ filters, bodies }: { filters: Filters; bodies: Body[] }) {
  const { t, language } = useI18n();
  const { route } = useLocation();
  const form = useForm('filters');
  const [draft, setDraft] = useState(filters);
  const applied = queryOf(filters);
  // The address changes on Back and Forward too; the form follows it.
  useEffect(() => setDraft(filtersOf(Object.fromEntries(new URLSearchParams(applied)))), [applied]);
  const set = (name: keyof Filters) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setDraft((previous) => ({ ...previous, [name]: value }));
  };
  const municipalities = [...new Set(bodies.map((body) => body.municipality))].sort((a, b) =>
    a.localeCompare(b, language),
  );
  const apply = form.submit(async () => {
    route(`/consultations${queryOf(draft)}`);
    return undefined;
  });
  return (
    <search aria-label={t('consultations.filter')}>
      <form noValidate onSubmit={apply} class="filters">
        <Outcome form={form} />
        <div class="filter-grid">
          <Field form={form} name="status" label={t('consultations.status')}>
            {(control) => (
              <select {...control} value={draft.status} onChange={set('status')}>
                {publicStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(statusKeys[status])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field form={form} name="body" label={t('consultations.body')}>
            {(control) => (
              <select {...control} value={draft.body} onChange={set('body')}>
                <option value="">{t('consultations.allBodies')}</option>
                {bodies.map((body) => (
                  <option key={body.id} value={body.id} lang={body.name[language] ? undefined : 'fi'}>
                    {bodyNameIn(body, language)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field form={form} name="topic" label={t('consultations.topic')}>
            {(control) => (
              <select {...control} value={draft.topic} onChange={set('topic')}>
                <option value="">{t('consultations.allTopics')}</option>
                {topicOptions(t).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            form={form}
            name="municipality"
            label={t('consultations.municipality')}
            hint={t('consultations.municipalityHint')}
          >
            {(control) => (
              <>
                <input
                  {...control}
                  type="text"
                  list={form.id('municipalities')}
                  maxLength={80}
                  dir="auto"
                  value={draft.municipality}
                  onInput={set('municipality')}
                />
                <datalist id={form.id('municipalities')}>
                  {municipalities.map((municipality) => (
                    <option key={municipality} value={municipality} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field form={form} name="q" label={t('consultations.search')} hint={t('consultations.searchHint')}>
            {(control) => (
              <input
                {...control}
                type="search"
                minLength={2}
                maxLength={100}
                dir="auto"
                value={draft.q}
                onInput={set('q')}
              />
            )}
          </Field>
        </div>
        <div class="actions">
          <SubmitButton form={form}>{t('consultations.apply')}</SubmitButton>
          {applied && <a href="/consultations">{t('consultations.clear')}</a>}
        </div>
      </form>
    </search>
  );
}
