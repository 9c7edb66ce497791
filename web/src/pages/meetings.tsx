import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Field, SubmitButton } from '../forms/fields.tsx';
import { useForm } from '../forms/form.ts';
import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages, useResource } from '../load.tsx';
import { MeetingCard } from '../meetings/facts.tsx';
import { mayPlanMeetings } from '../meetings/planning.ts';
import { PageHeading } from '../page-heading.tsx';
import { useSession } from '../session.tsx';
import type { MeetingView, Series } from '../types.ts';

const views = ['upcoming', 'past', 'drafts'] as const;
type View = (typeof views)[number];

/** The page's address for a view and a series (`/meetings?when=past&series=…`), without the defaults. */
function addressOf(when: View, series: string) {
  const params = new URLSearchParams();
  if (when !== 'upcoming') params.set('when', when);
  if (series) params.set('series', series);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Filters by series: applying it changes the address, so a filtered list can be shared. */
function SeriesFilter({ when, series, all }: { when: View; series: string; all: Series[] }) {
  const { t } = useI18n();
  const { route } = useLocation();
  const form = useForm('meetings-filter');
  const [chosen, setChosen] = useState(series);
  useEffect(() => setChosen(series), [series]);
  return (
    <search aria-label={t('meetings.filter')}>
      <form
        noValidate
        class="filters meetings-filter"
        onSubmit={form.submit(async () => {
          route(`/meetings${addressOf(when, chosen)}`);
          return undefined;
        })}
      >
        <Field form={form} name="series" label={t('meetings.series')}>
          {(control) => (
            <select
              {...control}
              value={chosen}
              onChange={(event) => setChosen((event.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">{t('meetings.allSeries')}</option>
              {all.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SubmitButton form={form}>{t('meetings.apply')}</SubmitButton>
      </form>
    </search>
  );
}

function MeetingList({ when, series }: { when: View; series: string }) {
  const { t } = useI18n();
  const pages = usePages<MeetingView>(`/api/meetings${addressOf(when, series) || '?when=upcoming'}`);
  const { items, empty, more } = pages;
  return (
    <>
      <p role="status" class="muted">
        {!pages.loading && items.length > 0 && t('meetings.shown', { count: items.length })}
        {empty && !more && t(`meetings.empty.${when}`)}
      </p>
      <ul class="cards">
        {items.map((meeting) => (
          <MeetingCard key={meeting.id} meeting={meeting} />
        ))}
      </ul>
      <MoreButton pages={pages} />
    </>
  );
}

/** The network's meetings: coming ones soonest first, past ones, and the drafts of those who plan them. */
export function MeetingsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { query } = useLocation();
  const planner = mayPlanMeetings(me);
  const when: View = views.find((v) => v === query.when && (v !== 'drafts' || planner)) ?? 'upcoming';
  const series = query.series?.trim() ?? '';
  const all = useResource<{ items: Series[] }>('/api/meeting-series');
  const filter = series ? `?series=${encodeURIComponent(series)}` : '';
  return (
    <>
      <PageHeading>{t('meetings.title')}</PageHeading>
      <p class="lead">{t('meetings.lead')}</p>
      {planner && (
        <p class="actions">
          <a class="button" href={`/meetings/new${filter}`}>
            {t('meetings.new')}
          </a>
        </p>
      )}
      <nav aria-label={t('meetings.views')} class="tabs">
        <ul>
          {views
            .filter((v) => v !== 'drafts' || planner)
            .map((v) => (
              <li key={v}>
                <a href={`/meetings${addressOf(v, series)}`} aria-current={v === when ? 'page' : undefined}>
                  {t(`meetings.${v}`)}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      {((all.data?.items.length ?? 0) > 1 || series) && (
        <SeriesFilter when={when} series={series} all={all.data?.items ?? []} />
      )}
      <MeetingList key={`${when}-${series}`} when={when} series={series} />
      <ul class="feed-links">
        <li>
          <a href={`/api/feeds/meetings.ics${filter}`}>{t('meetings.calendar')}</a>
        </li>
        <li>
          <a href={`/api/feeds/meetings.atom${filter}`}>{t('meetings.feed')}</a>
        </li>
      </ul>
    </>
  );
}
