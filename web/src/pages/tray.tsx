import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { TrayCard } from '../tray/tray-card.tsx';
import { TrayFilterForm, trayFiltersOf, trayQueryOf } from '../tray/tray-filters.tsx';
import type { Coverage, TrayEntry } from '../tray/words.ts';

/** The public tray: member organisations' activities, filtered by the address. */
export function TrayPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const filters = trayFiltersOf(query);
  const pages = usePages<TrayEntry>(`/api/tray${trayQueryOf(filters)}`);
  // The areas and languages the tray knows, offered in the filters.
  const coverage = useResource<Coverage>('/api/tray/coverage');
  const { loading, error, items, empty, more } = pages;
  // A filtered page may hold nothing yet point to more; follow it rather than show an empty list.
  useEffect(() => {
    if (empty) more?.();
  }, [empty, more]);
  const done = !loading && !error;
  return (
    <>
      <PageHeading>{t('publicTray.title')}</PageHeading>
      <p class="lead">{t('publicTray.lead')}</p>
      <ul class="inline-links">
        <li>
          <a href="/tray/coverage">{t('publicTray.coverageLink')}</a>
        </li>
        <li>
          <a href="/materials">{t('publicTray.materialsLink')}</a>
        </li>
      </ul>
      <TrayFilterForm filters={filters} coverage={coverage.data} />
      <p role="status" class="muted">
        {done && items.length > 0 && t('publicTray.shown', { count: items.length })}
        {empty && !more && t('publicTray.empty')}
      </p>
      <ul class="cards">
        {items.map((entry) => (
          <TrayCard key={entry.id} entry={entry} />
        ))}
      </ul>
      <MoreButton pages={pages} />
    </>
  );
}
