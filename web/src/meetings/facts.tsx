import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n.tsx';
import type { MeetingView } from '../types.ts';
import { meetingTime } from './agenda.ts';

/** Its series and status as words (never colour alone): a draft and a closed meeting say so. */
export function MeetingKicker({ meeting }: { meeting: MeetingView }) {
  const { t } = useI18n();
  return (
    <p class="kicker">
      <bdi>{meeting.seriesName}</bdi>
      {meeting.status !== 'published' && (
        <>
          {' '}
          <span class="badge">{t(`meeting.status.${meeting.status}`)}</span>
        </>
      )}
    </p>
  );
}

/** How many places are left and how many wait: what the public sees of the registrations. */
export function PlaceCounts({ meeting }: { meeting: MeetingView }) {
  const { t } = useI18n();
  const { capacity, registered, waiting } = meeting.places;
  // Once it has begun, places left mean nothing: how many had registered is what is left to tell.
  const begun =
    meeting.status === 'closed' || Boolean(meeting.startsAt && new Date(meeting.startsAt) <= new Date());
  if (begun) return <>{t('meeting.registeredOf', { count: registered, capacity })}</>;
  return (
    <>
      {t('meeting.placesLeft', { count: Math.max(0, capacity - registered), capacity })}
      {waiting > 0 && <>, {t('meeting.waiting', { count: waiting })}</>}
    </>
  );
}

/** When, where and by whom: shared by the list's cards and the meeting's page (which adds directions). */
export function MeetingFacts({ meeting, children }: { meeting: MeetingView; children?: ComponentChildren }) {
  const { t, language } = useI18n();
  return (
    <dl class="meta">
      <dt>{t('meeting.time')}</dt>
      <dd>
        {meeting.startsAt ? meetingTime(language, meeting.startsAt, meeting.endsAt) : t('meeting.timeOpen')}
      </dd>
      {meeting.place && (
        <>
          <dt>{t('meeting.place')}</dt>
          <dd>
            <bdi>{meeting.place.address}</bdi>
          </dd>
        </>
      )}
      {meeting.onlineUrl && (
        <>
          <dt>{t('meeting.online')}</dt>
          <dd>{meeting.place ? t('meeting.alsoOnline') : t('meeting.onlineOnly')}</dd>
        </>
      )}
      <dt>{t('meeting.host')}</dt>
      <dd>
        <a href={`/organisations/${encodeURIComponent(meeting.hostOrganisationId)}`}>
          <bdi>{meeting.hostOrganisationName}</bdi>
        </a>
      </dd>
      <dt>{t('meeting.places')}</dt>
      <dd>
        <PlaceCounts meeting={meeting} />
      </dd>
      {children}
    </dl>
  );
}

/** One meeting in a list, its title linking to its page. */
export function MeetingCard({ meeting }: { meeting: MeetingView }) {
  return (
    <li class="card meeting-card">
      <MeetingKicker meeting={meeting} />
      <h2>
        <a href={`/meetings/${encodeURIComponent(meeting.id)}`} lang={meeting.language} dir="auto">
          {meeting.title}
        </a>
      </h2>
      <MeetingFacts meeting={meeting} />
    </li>
  );
}
