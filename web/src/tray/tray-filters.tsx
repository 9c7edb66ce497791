import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { topics } from '#shared/topics.ts';
import { activityCategories, targetGroups, trayLimits } from '#shared/tray/facts.ts';
import { Field, SubmitButton } from '../forms/fields.tsx';
import { useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { topicOptions } from '../topics.ts';
import { type Coverage, categoryKey, targetGroupKey } from './words.ts';

export interface TrayFilters {
  municipality: string;
  region: string;
  language: string;
  category: string;
  targetGroup: string;
  topic: string;
  q: string;
}

const pick = <T extends string>(values: readonly T[], value: string | undefined) =>
  values.find((one) => one === value) ?? '';

/** The filters in the page's address (`/tray?municipality=Jyväskylä&language=so`). */
export function trayFiltersOf(query: Record<string, string | undefined>): TrayFilters {
  return {
    municipality: query.municipality?.trim() ?? '',
    region: query.municipality?.trim() ? '' : (query.region?.trim() ?? ''),
    language: query.language?.trim().toLowerCase() ?? '',
    category: pick(activityCategories, query.category),
    targetGroup: pick(targetGroups, query.targetGroup),
    topic: pick(topics, query.topic),
    q: query.q?.trim() ?? '',
  };
}

/** The filters as a query string: empty ones left out, and a search the API would refuse. */
export function trayQueryOf(filters: TrayFilters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (!value || (name === 'q' && value.length < 2)) continue;
    params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The tray's search form: applying it changes the address, so a filtered tray can be shared and gone back to. */
export function TrayFilterForm({ filters, coverage }: { filters: TrayFilters; coverage?: Coverage }) {
  const { t, language, languageName } = useI18n();
  const { route } = useLocation();
  const form = useForm('tray-filters');
  const [draft, setDraft] = useState(filters);
  const applied = trayQueryOf(filters);
  // The address changes on Back and Forward too; the form follows it.
  useEffect(() => setDraft(trayFiltersOf(Object.fromEntries(new URLSearchParams(applied)))), [applied]);
  const set = (name: keyof TrayFilters) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setDraft((previous) => ({ ...previous, [name]: value }));
  };
  const areas = (kind: 'municipality' | 'region') =>
    (coverage?.rows ?? []).filter((row) => row.area.kind === kind).map((row) => row.area.name);
  const languages = [
    ...new Set([...(coverage?.languages ?? []), ...(draft.language ? [draft.language] : [])]),
  ]
    .map((code) => ({ code, name: languageName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  const apply = form.submit(async () => {
    route(`/tray${trayQueryOf(draft)}`);
    return undefined;
  });
  const areaField = (name: 'municipality' | 'region', label: string) => (
    <Field form={form} name={name} label={label} hint={t('publicTray.areaHint')}>
      {(control) => (
        <>
          <input
            {...control}
            type="text"
            list={form.id(`${name}-list`)}
            maxLength={trayLimits.areaName}
            dir="auto"
            value={draft[name]}
            onInput={set(name)}
          />
          <datalist id={form.id(`${name}-list`)}>
            {areas(name).map((area) => (
              <option key={area} value={area} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
  return (
    <search aria-label={t('publicTray.filter')}>
      <form noValidate onSubmit={apply} class="filters">
        <Outcome form={form} />
        <div class="filter-grid">
          {areaField('municipality', t('publicTray.municipality'))}
          {areaField('region', t('publicTray.region'))}
          <Field form={form} name="language" label={t('publicTray.language')}>
            {(control) => (
              <select {...control} value={draft.language} onChange={set('language')}>
                <option value="">{t('publicTray.anyLanguage')}</option>
                {languages.map((one) => (
                  <option key={one.code} value={one.code}>
                    {one.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field form={form} name="category" label={t('publicTray.category')}>
            {(control) => (
              <select {...control} value={draft.category} onChange={set('category')}>
                <option value="">{t('publicTray.anyCategory')}</option>
                {activityCategories.map((category) => (
                  <option key={category} value={category}>
                    {t(categoryKey(category))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field form={form} name="targetGroup" label={t('publicTray.targetGroup')}>
            {(control) => (
              <select {...control} value={draft.targetGroup} onChange={set('targetGroup')}>
                <option value="">{t('publicTray.anyTargetGroup')}</option>
                {targetGroups.map((group) => (
                  <option key={group} value={group}>
                    {t(targetGroupKey(group))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field form={form} name="topic" label={t('publicTray.topic')}>
            {(control) => (
              <select {...control} value={draft.topic} onChange={set('topic')}>
                <option value="">{t('publicTray.anyTopic')}</option>
                {topicOptions(t).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field form={form} name="q" label={t('publicTray.search')} hint={t('publicTray.searchHint')}>
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
          <SubmitButton form={form}>{t('publicTray.apply')}</SubmitButton>
          {applied && <a href="/tray">{t('publicTray.clear')}</a>}
        </div>
      </form>
    </search>
  );
}
