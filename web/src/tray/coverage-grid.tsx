import { directionOf } from '#shared/i18n/languages.ts';
import { activityCategories } from '#shared/tray/facts.ts';
import { useI18n } from '../i18n.tsx';
import { type Coverage, categoryKey } from './words.ts';

type Row = Coverage['rows'][number];

const LABEL = 180;
const CELL = 120;
const HEAD = 52;
const ROW = 34;
/** A name longer than this is cut in the picture; the table below gives it whole. */
const LABEL_CHARS = 24;

/** Four steps of the scale; each cell also says its number, and a zero is hatched, so colour is never alone. */
export const scaleStep = (count: number) => (count === 0 ? 0 : count === 1 ? 1 : count <= 3 ? 2 : 3);

/** An area's name as the grid and the table show it: a region or the whole country said so. */
export function useAreaName() {
  const { t } = useI18n();
  return ({ area }: Row) =>
    area.kind === 'region'
      ? t('coverage.kind.region', { name: area.name })
      : area.kind === 'country'
        ? t('coverage.kind.country')
        : area.name;
}

/** A heading too long for its column goes on two lines, broken at the space nearest its middle. */
function headingLines(label: string): string[] {
  if (label.length <= 12 || !label.includes(' ')) return [label];
  const middle = label.length / 2;
  let best = label.indexOf(' ');
  for (let i = best; i >= 0; i = label.indexOf(' ', i + 1))
    if (Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  return [label.slice(0, best), label.slice(best + 1)];
}

const cut = (name: string) => (name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name);

/**
 * The coverage picture: areas × categories, the count in each cell on a colour scale. Drawn for
 * the eye (hidden from screen readers: the table beside it holds the same figures); right to left,
 * the names stand on the right and the categories run leftwards. It keeps its size and scrolls
 * sideways inside its own frame on a narrow screen.
 */
export function CoverageGrid({ rows }: { rows: Row[] }) {
  const { t, language, formatNumber } = useI18n();
  const areaName = useAreaName();
  const rtl = directionOf(language) === 'rtl';
  const width = LABEL + CELL * activityCategories.length;
  const height = HEAD + ROW * rows.length;
  // Left to right: the names, then the categories; right to left, mirrored.
  const columnX = (i: number) => (rtl ? width - LABEL - CELL * (i + 1) : LABEL + CELL * i);
  const labelX = rtl ? width - 8 : 8;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a frame that scrolls must take focus, so a keyboard can scroll it (WCAG 2.1.1).
    <section class="coverage-grid" aria-label={t('coverage.grid')} tabIndex={0}>
      <svg
        aria-hidden="true"
        focusable="false"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <defs>
          <pattern
            id="coverage-none"
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="8" class="hatch" />
          </pattern>
        </defs>
        {activityCategories.map((category, i) => {
          const lines = headingLines(t(categoryKey(category)));
          return (
            <text key={category} text-anchor="middle" class="coverage-head">
              {lines.map((line, n) => (
                <tspan key={line} x={columnX(i) + CELL / 2} y={HEAD - 12 - 18 * (lines.length - 1 - n)}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
        {rows.map((row, r) => {
          const y = HEAD + ROW * r;
          const name = areaName(row);
          return (
            <g key={`${row.area.kind}:${row.area.name}`}>
              <text x={labelX} y={y + ROW / 2 + 5} direction={rtl ? 'rtl' : 'ltr'} text-anchor="start">
                {cut(name)}
              </text>
              {activityCategories.map((category, i) => {
                const count = row.counts[category];
                const step = scaleStep(count);
                return (
                  <g key={category}>
                    <rect
                      x={columnX(i) + 2}
                      y={y + 2}
                      width={CELL - 4}
                      height={ROW - 4}
                      class={`coverage-cell step-${step}`}
                      fill={step === 0 ? 'url(#coverage-none)' : undefined}
                    />
                    <text
                      x={columnX(i) + CELL / 2}
                      y={y + ROW / 2 + 5}
                      text-anchor="middle"
                      class={`coverage-count step-${step}`}
                    >
                      {formatNumber(count)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </section>
  );
}

/** What the colours mean, in words beside each swatch. */
export function CoverageLegend() {
  const { t } = useI18n();
  const steps = [
    t('coverage.legendZero'),
    t('coverage.legendOne'),
    t('coverage.legendFew'),
    t('coverage.legendMany'),
  ];
  return (
    <div class="coverage-legend">
      <p class="coverage-legend-title">{t('coverage.legend')}</p>
      <ul>
        {steps.map((label, step) => (
          <li key={label}>
            <span class={`swatch step-${step}`} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The same figures as the grid, as a table: what a screen reader reads. */
export function CoverageTable({ rows, caption }: { rows: Row[]; caption: string }) {
  const { t, formatNumber } = useI18n();
  const areaName = useAreaName();
  return (
    <div class="table-scroll">
      <table class="log figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.area')}</th>
            {activityCategories.map((category) => (
              <th key={category} scope="col">
                {t(categoryKey(category))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.area.kind}:${row.area.name}`}>
              <th scope="row">
                <bdi>{areaName(row)}</bdi>
              </th>
              {activityCategories.map((category) => (
                <td key={category}>{formatNumber(row.counts[category])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
