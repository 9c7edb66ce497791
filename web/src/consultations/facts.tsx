import type { ComponentChildren } from 'preact';
import { BodyName } from '../bodies.tsx';
import { useI18n } from '../i18n.tsx';
import { topicList } from '../topics.ts';
import type { Body, Consultation } from '../types.ts';
import { kindKeys } from './keys.ts';

/** The dates and deciding body a consultation (or an item read from its source) carries. */
interface Timing {
  statementDeadline?: string | undefined;
  decisionDate?: string | undefined;
  meetingAt?: string | undefined;
  /** The deciding body as the source names it. */
  organ?: string | undefined;
}

/** A consultation's dates and deciding body, in the shape {@link WhenAndWho} shows. */
export const timingOf = (c: Consultation): Timing => ({ ...c, organ: c.origin?.organ });

/**
 * By when, when it is decided and by whom as its source names it: on a consultation, a draft in the
 * agenda queue, and an item in a source's preview.
 */
function WhenAndWho({ timing }: { timing: Timing }) {
  const { t, formatDate } = useI18n();
  const { statementDeadline, decisionDate, meetingAt, organ } = timing;
  return (
    <>
      {statementDeadline && (
        <>
          <dt>{t('consultation.statementDeadline')}</dt>
          <dd>{formatDate(statementDeadline)}</dd>
        </>
      )}
      {decisionDate && (
        <>
          <dt>{t('consultation.decisionDate')}</dt>
          <dd>{formatDate(decisionDate, 'date')}</dd>
        </>
      )}
      {meetingAt && (
        <>
          <dt>{t('consultation.meetingAt')}</dt>
          <dd>{formatDate(meetingAt)}</dd>
        </>
      )}
      {organ && (
        <>
          <dt>{t('consultation.organ')}</dt>
          <dd>
            <bdi>{organ}</bdi>
          </dd>
        </>
      )}
    </>
  );
}

/** What it is, then {@link WhenAndWho}: a draft in the agenda queue, and an item in a source's preview. */
export function KindWhenAndWho({ kind, timing }: { kind: Consultation['kind']; timing: Timing }) {
  const { t } = useI18n();
  return (
    <>
      <dt>{t('consultation.kind')}</dt>
      <dd>{t(kindKeys[kind])}</dd>
      <WhenAndWho timing={timing} />
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
      <WhenAndWho timing={timingOf(c)} />
      <dt>{t('organisation.topics')}</dt>
      <dd>{topicList(t, c.topics)}</dd>
      {children}
    </dl>
  );
}
