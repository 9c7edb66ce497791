import { useI18n } from '../i18n.tsx';
import type { MeetingView } from '../types.ts';
import { clockRange, kindKeys, runningTimes } from './agenda.ts';

/** When an item runs: clock times from the meeting's start, or minutes from the start while the date is open. */
export function useRunsAt() {
  const { t, language } = useI18n();
  return (startsAt: string | undefined, span: { from: number; to: number }) =>
    startsAt ? clockRange(language, startsAt, span) : t('meeting.fromStart', span);
}

/** The agenda with each item's running clock times ("10.00–10.20"), its kind, presenter and what it is about. */
export function AgendaList({ meeting }: { meeting: MeetingView }) {
  const { t, rich } = useI18n();
  const runsAt = useRunsAt();
  if (meeting.agenda.length === 0) return <p>{t('meeting.agendaEmpty')}</p>;
  const spans = runningTimes(meeting.agenda);
  return (
    <ol class="agenda">
      {meeting.agenda.map((item, index) => {
        const span = spans[index] ?? { from: 0, to: 0 };
        return (
          <li key={index}>
            <p class="agenda-time">{runsAt(meeting.startsAt, span)}</p>
            <div>
              <h3 lang={meeting.language} dir="auto">
                {item.title}
              </h3>
              <p class="muted">
                {t(kindKeys[item.kind])}
                {item.presenter && (
                  <>
                    {' · '}
                    {rich('meeting.presenter', { name: <bdi lang={meeting.language}>{item.presenter}</bdi> })}
                  </>
                )}
              </p>
              {item.description && (
                <p lang={meeting.language} dir="auto" class="agenda-description">
                  {item.description}
                </p>
              )}
              {item.consultationId && (
                <p>
                  <a href={`/consultations/${encodeURIComponent(item.consultationId)}`}>
                    {t('meeting.aboutConsultation')}
                  </a>
                </p>
              )}
              {item.statementId && (
                <p>
                  <a href={`/statements/${encodeURIComponent(item.statementId)}`}>
                    {t('meeting.aboutStatement')}
                  </a>
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
