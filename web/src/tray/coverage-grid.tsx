import { directionOf } from '#shared/i18n/languages.ts';
import { activityCategories } from '#shared/tray/facts.ts';
import { useI18n } from '../i18n.tsx';
import { type Coverage, categoryKey } from './words.ts';

type Row = Coverage['rows'][number];

const LABEL = 180;
/** Wide enough for the longest one-word heading of the eight languages (Swedish "kärnverksamheten") at 13 px. */
const CELL = 144;
const HEAD_LINE = 17;
const ROW = 34;
/** Characters of a heading line: longer headings wrap at their spaces. */
const HEAD_CHARS = 14;
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

/** A heading too long for its column wraps at its spaces, as many lines as it takes; a word is never cut. */
export function headingLines(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ').filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= HEAD_CHARS)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const cut = (name: string) => (name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name);

/**
 * The coverage picture: areas × categories, the count in each cell on a colour scale. Drawn for
 * the eye (hidden from screen readers: the table beside it holds the same figures); right to left,
 * the names stand on the right and the categories run leftwards. It keeps its size (shrunk, its
 * numbers would be too small to read) and scrolls sideways inside its own frame on a narrow screen,
 * where a visible hint says so.
 */
export function CoverageGrid({ rows }: { rows: Row[] }) {
  const { t, language, formatNumber } = useI18n();
  const areaName = useAreaName();
  const rtl = directionOf(language) === 'rtl';
  const headings = activityCategories.map((category) => headingLines(t(categoryKey(category))));
  const HEAD = 14 + HEAD_LINE * Math.max(...headings.map((lines) => lines.length));
  const width = LABEL + CELL * activityCategories.length;
  const height = HEAD + ROW * rows.length;
  // Left to right: the names, then the categories; right to left, mirrored.
  const columnX = (i: number) => (rtl ? width - LABEL - CELL * (i + 1) : LABEL + CELL * i);
  const labelX = rtl ? width - 8 : 8;
  return (
    <>
      <p class="coverage-scroll-hint" aria-hidden="true">
        {t('coverage.scrollHint')}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a frame that scrolls must take focus, so a keyboard can scroll it (WCAG 2.1.1). */}
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
            const lines = headings[i] ?? [];
            return (
              <text key={category} text-anchor="middle" class="coverage-head">
                {lines.map((line, n) => (
                  <tspan
                    key={line}
                    x={columnX(i) + CELL / 2}
                    y={HEAD - 10 - HEAD_LINE * (lines.length - 1 - n)}
                  >
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
    </>
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
