import { useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { directionOf } from '#shared/i18n/languages.ts';
import type { ratings } from '#shared/surveys/limits.ts';
import type { feedbackResults } from '#shared/surveys/meeting-feedback.ts';
import type { RatingFigures } from '#shared/surveys/tally.ts';
import { api } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { LoadError, Loaded, useResource } from '../load.tsx';
import type { MeetingPanelProps } from './panel.ts';

type FeedbackResults = z.output<typeof feedbackResults>;

const BAR_AREA = 100;
const COLUMN = 50;

/**
 * The five ratings as columns: an inline SVG for the eye (hidden from screen readers) with the same
 * figures as a table below it. Right to left, the scale runs from the right.
 */
export function RatingChart({ figures, caption }: { figures: RatingFigures; caption: string }) {
  const { t, language, formatNumber } = useI18n();
  const rtl = directionOf(language) === 'rtl';
  const most = Math.max(1, ...figures.distribution.map((d) => d.count));
  const share = (count: number) =>
    figures.answers > 0 ? formatNumber(count / figures.answers, { style: 'percent' }) : '–';
  return (
    <figure class="rating-chart">
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox={`0 0 ${COLUMN * 5} ${BAR_AREA + 40}`}
        preserveAspectRatio="xMidYMid meet"
      >
        <line x1="0" x2={COLUMN * 5} y1={BAR_AREA + 20} y2={BAR_AREA + 20} class="axis" />
        {figures.distribution.map(({ rating, count }, i) => {
          const height = (count / most) * BAR_AREA;
          const x = (rtl ? 4 - i : i) * COLUMN;
          const top = BAR_AREA + 20 - height;
          return (
            <g key={rating}>
              <rect x={x + 10} y={top} width={COLUMN - 20} height={height} class="bar" />
              <text x={x + COLUMN / 2} y={top - 4} text-anchor="middle">
                {formatNumber(count)}
              </text>
              <text x={x + COLUMN / 2} y={BAR_AREA + 36} text-anchor="middle">
                {formatNumber(rating)}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="log figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feedback.rating')}</th>
            <th scope="col">{t('feedback.count')}</th>
            <th scope="col">{t('feedback.share')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.distribution.map(({ rating, count }) => (
            <tr key={rating}>
              <th scope="row">
                {formatNumber(rating)} – {t(`feedback.rating.${rating as (typeof ratings)[number]}`)}
              </th>
              <td>{formatNumber(count)}</td>
              <td>{share(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** How many were asked and answered, the average, and the chart. */
export function RatingSummary({ figures, caption }: { figures: RatingFigures; caption: string }) {
  const { t, formatNumber } = useI18n();
  const rate =
    figures.invited > 0 ? formatNumber(figures.answers / figures.invited, { style: 'percent' }) : '–';
  return (
    <>
      <dl class="meta">
        <dt>{t('feedback.answers')}</dt>
        <dd>
          {t('feedback.answersOf', {
            answers: formatNumber(figures.answers),
            invited: formatNumber(figures.invited),
            rate,
          })}
        </dd>
        <dt>{t('feedback.average')}</dt>
        <dd>
          {figures.average === undefined
            ? t('feedback.noAnswers')
            : t('feedback.averageOf', {
                average: formatNumber(figures.average, { maximumFractionDigits: 1 }),
              })}
        </dd>
      </dl>
      {figures.answers > 0 && <RatingChart figures={figures} caption={caption} />}
    </>
  );
}

function Results({ meetingId, results }: { meetingId: string; results: FeedbackResults }) {
  const { t } = useI18n();
  const [more, setMore] = useState<{ texts: string[]; cursor?: string; error?: unknown }>({
    texts: [],
    cursor: results.cursor,
  });
  const loadMore = (cursor: string) =>
    api<FeedbackResults>(
      `/api/meetings/${encodeURIComponent(meetingId)}/feedback?cursor=${encodeURIComponent(cursor)}`,
    ).then(
      (page) => setMore((before) => ({ texts: [...before.texts, ...page.texts], cursor: page.cursor })),
      (error: unknown) => setMore((before) => ({ ...before, error })),
    );
  const texts = [...results.texts, ...more.texts];
  return (
    <>
      {!results.sent && <p>{t('feedback.notSent')}</p>}
      <RatingSummary figures={results} caption={t('feedback.chart')} />
      <h3>{t('feedback.texts')}</h3>
      {texts.length === 0 ? (
        <p>{t('feedback.noTexts')}</p>
      ) : (
        <ul class="feedback-texts">
          {texts.map((text, i) => (
            <li key={i} dir="auto">
              {text}
            </li>
          ))}
        </ul>
      )}
      {more.error !== undefined && <LoadError error={more.error} />}
      {more.cursor && (
        <p>
          <button type="button" onClick={() => more.cursor && loadMore(more.cursor)}>
            {t('common.loadMore')}
          </button>
        </p>
      )}
    </>
  );
}

/** The meeting's feedback, for those who run it, once it has ended; nothing for anyone else. */
export function FeedbackPanel({ meeting }: MeetingPanelProps) {
  const { t } = useI18n();
  const ended =
    meeting.canManage &&
    meeting.status !== 'draft' &&
    meeting.endsAt !== undefined &&
    new Date(meeting.endsAt).getTime() <= Date.now();
  const results = useResource<FeedbackResults>(
    ended ? `/api/meetings/${encodeURIComponent(meeting.id)}/feedback` : null,
  );
  if (!ended) return null;
  return (
    <section aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('feedback.title')}</h2>
      <Loaded resource={results}>{(data) => <Results meetingId={meeting.id} results={data} />}</Loaded>
    </section>
  );
}
