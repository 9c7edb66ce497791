import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { activityCategories } from '#shared/tray/facts.ts';
import { Field, SubmitButton } from '../forms/fields.tsx';
import { useForm } from '../forms/form.ts';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { CoverageGrid, CoverageLegend, CoverageTable } from '../tray/coverage-grid.tsx';
import type { Coverage } from '../tray/words.ts';

const gapKey = (category: (typeof activityCategories)[number]) => `coverage.gap.${category}` as const;

/** The language chosen for the picture, kept in the address (`/tray/coverage?language=so`). */
function LanguageChoice({ chosen, languages }: { chosen: string; languages: string[] }) {
  const { t, language, languageName } = useI18n();
  const { route } = useLocation();
  const form = useForm('coverage-language');
  const [draft, setDraft] = useState(chosen);
  useEffect(() => setDraft(chosen), [chosen]);
  const options = [...new Set([...languages, ...(chosen ? [chosen] : [])])]
    .map((code) => ({ code, name: languageName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  const apply = form.submit(async () => {
    route(`/tray/coverage${draft ? `?language=${encodeURIComponent(draft)}` : ''}`);
    return undefined;
  });
  return (
    <form noValidate onSubmit={apply} class="filters">
      <Field form={form} name="language" label={t('coverage.language')}>
        {(control) => (
          <select
            {...control}
            value={draft}
            onChange={(event) => setDraft((event.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('coverage.allLanguages')}</option>
            {options.map((one) => (
              <option key={one.code} value={one.code}>
                {one.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div class="actions">
        <SubmitButton form={form}>{t('coverage.apply')}</SubmitButton>
      </div>
    </form>
  );
}

/** Where the network's activities are and where none exist: the grid, the same figures as a table, the gaps. */
export function TrayCoveragePage() {
  const { t, rich, languageName } = useI18n();
  const { query } = useLocation();
  const chosen = query.language?.trim().toLowerCase() ?? '';
  const coverage = useResource<Coverage>(
    `/api/tray/coverage${chosen ? `?language=${encodeURIComponent(chosen)}` : ''}`,
  );
  return (
    <>
      <PageHeading>{t('coverage.title')}</PageHeading>
      <p class="lead">{t('coverage.lead')}</p>
      <p>
        <a href="/tray">{t('activityPage.toTray')}</a>
      </p>
      <LanguageChoice chosen={chosen} languages={coverage.data?.languages ?? []} />
      <Loaded resource={coverage}>
        {(data) => {
          const caption = chosen
            ? t('coverage.tableInLanguage', { language: languageName(chosen) })
            : t('coverage.table');
          return (
            <>
              {data.truncated && <p class="warning">{t('coverage.truncated')}</p>}
              {data.rows.length === 0 ? (
                <p>{t('coverage.empty')}</p>
              ) : (
                <>
                  <p class="muted">{t('coverage.gridLabel')}</p>
                  <CoverageGrid rows={data.rows} />
                  <CoverageLegend />
                  <CoverageTable rows={data.rows} caption={caption} />
                </>
              )}
              <h2>{t('coverage.gaps')}</h2>
              <p>{t('coverage.gapsLead')}</p>
              {data.gaps.length === 0 ? (
                <p>{t('coverage.noGaps')}</p>
              ) : (
                <ul class="gap-list">
                  {data.gaps.map((gap) => (
                    <li key={`${gap.municipality} ${gap.language} ${gap.category}`}>
                      {rich(gapKey(gap.category), {
                        language: languageName(gap.language),
                        municipality: <bdi>{gap.municipality}</bdi>,
                      })}
                    </li>
                  ))}
                </ul>
              )}
              {data.peerLeaderGaps && (
                <>
                  <h2>{t('coverage.peerGaps')}</h2>
                  <p>{t('coverage.peerGapsLead')}</p>
                  {data.peerLeaderGaps.length === 0 ? (
                    <p>{t('coverage.noPeerGaps')}</p>
                  ) : (
                    <ul class="gap-list">
                      {data.peerLeaderGaps.map((gap) => (
                        <li key={`${gap.municipality} ${gap.language}`}>
                          {rich('coverage.peerGap', {
                            language: languageName(gap.language),
                            municipality: <bdi>{gap.municipality}</bdi>,
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              )}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
