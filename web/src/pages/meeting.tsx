import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { AgendaList } from '../meetings/agenda-list.tsx';
import { MeetingFacts, MeetingKicker } from '../meetings/facts.tsx';
import { FeedbackPanel } from '../meetings/feedback.tsx';
import { ManageMeeting } from '../meetings/manage.tsx';
import { MinutesPanel } from '../meetings/minutes.tsx';
import { RegistrationPanel } from '../meetings/registration.tsx';
import { PageHeading } from '../page-heading.tsx';
import {
  FieldText,
  languageAttributes,
  TranslationNote,
  useTranslatedText,
} from '../translations/translated-text.tsx';
import type { MeetingView } from '../types.ts';

/** A meeting for anyone: when, where, who hosts, the agenda and the places; its planners also manage it here. */
export function MeetingPage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const meeting = useResource<MeetingView>(`/api/meetings/${encodeURIComponent(id)}`);
  const m = meeting.data;
  // The invitation's title and theme: as the host wrote them in the reader's language, else translated.
  const text = useTranslatedText(
    m && {
      kind: 'meeting',
      id: m.id,
      originalLanguage: m.language,
      fields: { title: m.title, theme: m.theme },
      own: m.language === language ? { title: m.title, theme: m.theme } : undefined,
      published: m.status !== 'draft',
    },
  );
  const heading = text.field('title');
  const title = heading?.text ?? (meeting.error ? t('meeting.notFound') : t('common.loading'));
  return (
    <>
      <PageHeading userText={m !== undefined} shown={heading && <FieldText field={heading} />}>
        {title}
      </PageHeading>
      <Loaded key={id} resource={meeting}>
        {(data) => (
          <>
            <MeetingKicker meeting={data} />
            {data.status === 'draft' && <p class="warning">{t('meeting.draftNote')}</p>}
            <TranslationNote text={text} />
            {data.theme && (
              <p class="lead" {...languageAttributes(text.field('theme'))}>
                {text.field('theme')?.text}
              </p>
            )}
            <MeetingFacts meeting={data}>
              {data.place?.directions && (
                <>
                  <dt>{t('meeting.directions')}</dt>
                  <dd class="directions">
                    {/* Isolated, not the whole cell turned: in a right-to-left page it stays beside its term. */}
                    <bdi lang={data.language}>{data.place.directions}</bdi>
                  </dd>
                </>
              )}
              {data.onlineUrl && (
                <>
                  <dt>{t('meeting.onlineLink')}</dt>
                  <dd>
                    <a href={data.onlineUrl} rel="noopener noreferrer" class="long-link">
                      {data.onlineUrl}
                    </a>
                  </dd>
                </>
              )}
            </MeetingFacts>
            {data.previousMeetingId && (
              <p>
                <a href={`/meetings/${encodeURIComponent(data.previousMeetingId)}`}>
                  {t('minutes.previousMeeting')}
                </a>
              </p>
            )}
            {data.status !== 'draft' && (
              <p>
                <a href={`/api/feeds/meetings.ics?series=${encodeURIComponent(data.seriesId)}`}>
                  {t('meeting.addToCalendar')}
                </a>
              </p>
            )}
            <h2>{t('meeting.agenda')}</h2>
            <AgendaList meeting={data} />
            {data.canManage && <ManageMeeting meeting={data} onChange={meeting.set} />}
            <RegistrationPanel meeting={data} reload={meeting.reload} />
            <MinutesPanel meeting={data} reload={meeting.reload} />
            <FeedbackPanel meeting={data} reload={meeting.reload} />
            <p>
              <a href="/meetings">{t('meeting.back')}</a>
            </p>
          </>
        )}
      </Loaded>
    </>
  );
}
