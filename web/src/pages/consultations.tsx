import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ListTitle } from '#shared/translations/list-titles.ts';
import { useBodies } from '../bodies.tsx';
import { ConsultationCard } from '../consultations/card.tsx';
import { FilterForm, filtersOf, queryOf } from '../consultations/filters.tsx';
import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useSession } from '../session.tsx';
import type { Consultation } from '../types.ts';

/** The public list: consultations and upcoming decisions, newest first, filtered by the address. */
export function ConsultationsPage() {
  const { t, language } = useI18n();
  const { me } = useSession();
  const { query } = useLocation();
  const filters = filtersOf(query);
  const listed = queryOf(filters);
  // The titles the network translated into the reader's language come with the list.
  const pages = usePages<Consultation & { translatedTitle?: ListTitle }>(
    `/api/consultations${listed}${listed ? '&' : '?'}language=${language}`,
  );
  const bodies = useBodies();
  const { loading, error, items, empty, more } = pages;
  // A filtered page may hold nothing yet point to more; follow it rather than show an empty list.
  useEffect(() => {
    if (empty) more?.();
  }, [empty, more]);
  const manager = Boolean(me && (me.coordinator || me.bodies.length > 0));
  const done = !loading && !error;
  return (
    <>
      <PageHeading>{t('consultations.title')}</PageHeading>
      <p class="lead">{t('consultations.lead')}</p>
      <p>
        {t('subscribe.invite')} <a href="/subscribe">{t('subscribe.title')}</a>
      </p>
      {manager && (
        <p class="actions">
          <a class="button" href="/consultations/new">
            {t('consultations.new')}
          </a>
          <a href="/my-consultations">{t('myConsultations.title')}</a>
        </p>
      )}
      <FilterForm filters={filters} bodies={bodies.data?.items ?? []} />
      <p role="status" class="muted">
        {done && items.length > 0 && t('consultations.shown', { count: items.length })}
        {empty && !more && t('consultations.empty')}
      </p>
      <ul class="cards">
        {items.map((c) => (
          <ConsultationCard key={c.id} c={c} bodies={bodies.data?.items} />
        ))}
      </ul>
      <MoreButton pages={pages} />
    </>
  );
}
