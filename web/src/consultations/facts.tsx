import type { ComponentChildren } from 'preact';
import { BodyName } from '../bodies.tsx';
import { useI18n } from '../i18n.tsx';
import { topicList } from '../topics.ts';
import type { Body, Consultation } from '../types.ts';

/** By when, when it is decided and by whom as its source names it: also shown on a draft in the agenda queue. */
export function WhenAndWho({ c }: { c: Consultation }) {
  const { t, formatDate } = useI18n();
  return (
    <>
      {c.statementDeadline && (
        <>
          <dt>{t('consultation.statementDeadline')}</dt>
          <dd>{formatDate(c.statementDeadline)}</dd>
        </>
      )}
      {c.decisionDate && (
        <>
          <dt>{t('consultation.decisionDate')}</dt>
          <dd>{formatDate(c.decisionDate, 'date')}</dd>
        </>
      )}
      {c.meetingAt && (
        <>
          <dt>{t('consultation.meetingAt')}</dt>
          <dd>{formatDate(c.meetingAt)}</dd>
        </>
      )}
      {c.origin?.organ && (
        <>
          <dt>{t('consultation.organ')}</dt>
          <dd>
            <bdi>{c.origin.organ}</bdi>
          </dd>
        </>
      )}
    </>
  );
}

/** Who, where, by when and on what: shared by the list and the consultation's page. */
export function ConsultationFacts({
  c,
  body,
  children,
}: {
  c: Consultation;
  /** Undefined while the bodies load (or if the body was deleted): then nothing is named. */
  body: Body | undefined;
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <dl class="meta">
      {body && (
        <>
          <dt>{t('consultations.body')}</dt>
          <dd>
            <a href={`/bodies/${encodeURIComponent(body.id)}`}>
              <BodyName body={body} />
            </a>
          </dd>
        </>
      )}
      <dt>{t('consultations.municipality')}</dt>
      <dd>
        <bdi>{c.municipality}</bdi>
      </dd>
      <WhenAndWho c={c} />
      <dt>{t('organisation.topics')}</dt>
      <dd>{topicList(t, c.topics)}</dd>
      {children}
    </dl>
  );
}
