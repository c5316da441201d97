// A person's titles over time as a small SVG timeline, shared by the lookup
// card and the popup's person view: one row per title and period, its bar on
// a date axis common to all rows, the title above the bar and the sources
// (paper or site, with date) below it, as SVG text. Each bar's <title> names
// the title, the period and every source, for screen readers and on hover.
// Colours come from the host's --fg, --muted and --accent.
import { t } from '../lib/i18n';
import type { LookupResponse } from '../lib/messages';

export type TitleRows = LookupResponse['titlesOverTime'];

/** Drawing units: the SVG scales to its container's width, about this many pixels in the card and the popup. */
const WIDTH = 320;
/** Text wraps a little short of the edge: its width is estimated, not measured. */
const WRAP = WIDTH - 12;
const TITLE_SIZE = 13;
const META_SIZE = 11;
const TITLE_LINE = 17;
const META_LINE = 14;
const BAR = 6;
/** A period of one day is a dot this wide. */
const MIN_BAR = 6;
const ROW_GAP = 8;
/** Sources written out under a bar; the rest are counted, and all are in the bar's <title>. */
const SOURCES_SHOWN = 4;

const DAY = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** Rough advance of a character in em: CJK and full-width forms are square, Latin and digits about half as wide. */
const advance = (ch: string): number => (/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.6);

/** `parts` laid out in lines of at most `width` units at `size`, joined by `sep`; a part longer than a line is cut between characters. */
function wrap(parts: readonly string[], sep: string, size: number, width: number): string[] {
  const measure = (s: string): number => [...s].reduce((w, ch) => w + advance(ch) * size, 0);
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const next = line ? line + sep + part : part;
    if (measure(next) <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of part) {
      if (line && measure(line + ch) > width) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Axis {
  x(day: number): number;
  ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
}

/** A shared axis from the first `from` to the last `to`, labelled at both ends and at each new year between them where there is room. */
function axisOf(first: number, last: number, firstIso: string, lastIso: string): Axis {
  const span = last - first;
  const x = (day: number): number => (span > 0 ? ((day - first) / span) * WIDTH : 0);
  // A YYYY-MM-DD label's estimated width: year labels keep clear of the two ends.
  const endLabel = 10 * 0.6 * META_SIZE;
  const ticks: Axis['ticks'] = [{ x: 0, label: firstIso, anchor: 'start' }];
  if (span > 0) {
    let free = endLabel + 8;
    for (let year = new Date(first * DAY).getUTCFullYear() + 1; year <= new Date(last * DAY).getUTCFullYear(); year++) {
      const at = x(Date.UTC(year, 0, 1) / DAY);
      if (at - 12 >= free && at + 12 <= WIDTH - endLabel - 8) {
        ticks.push({ x: at, label: String(year), anchor: 'middle' });
        free = at + 12 + 8;
      }
    }
    ticks.push({ x: WIDTH, label: lastIso, anchor: 'end' });
  }
  return { x, ticks };
}

/** The rows the timeline draws: a row without a source is no evidence, and one whose dates do not read has no place on the axis. */
export const drawnRows = (rows: TitleRows): TitleRows =>
  rows.filter((r) => r.sources.length > 0 && Number.isFinite(dayOf(r.from)) && Number.isFinite(dayOf(r.to)));

/** Draws `drawnRows(rows)`; nothing when there are none. */
export function TitleTimeline({ rows }: { rows: TitleRows }) {
  const shown = drawnRows(rows);
  if (!shown.length) return null;
  const first = shown.reduce((a, r) => (r.from < a.from ? r : a)).from;
  const last = shown.reduce((a, r) => (r.to > a.to ? r : a)).to;
  const axis = axisOf(dayOf(first), dayOf(last), first, last);

  let y = 0;
  const drawn = shown.map((row) => {
    const titleLines = wrap([row.title], '', TITLE_SIZE, WRAP);
    const listed = row.sources.slice(0, SOURCES_SHOWN).map((s) => `${s.source} ${s.date}`);
    const more = row.sources.length - listed.length;
    const metaLines = wrap(more > 0 ? [...listed, t('timeline.more', { n: more })] : listed, ' · ', META_SIZE, WRAP);
    const top = y;
    const barY = top + titleLines.length * TITLE_LINE + 2;
    const metaTop = barY + BAR + 2;
    y = metaTop + metaLines.length * META_LINE + ROW_GAP;
    // At least a dot, kept inside the axis: a one-day period at the axis's end ends there.
    const barWidth = Math.max(MIN_BAR, axis.x(dayOf(row.to)) - axis.x(dayOf(row.from)));
    const x0 = Math.min(axis.x(dayOf(row.from)), WIDTH - barWidth);
    const period = row.from === row.to ? row.from : t('timeline.period', { from: row.from, to: row.to });
    const label = t('timeline.bar', { title: row.title, period, sources: row.sources.map((s) => `${s.source} ${s.date}`).join('; ') });
    return (
      <g key={`${row.title}\u0000${row.from}`} class="tl-row">
        {titleLines.map((line, i) => (
          <text key={i} class="tl-title" x={0} y={top + (i + 1) * TITLE_LINE - 4} font-size={TITLE_SIZE} font-weight="600" style={{ fill: 'var(--fg)' }}>
            {line}
          </text>
        ))}
        <rect
          class="tl-bar"
          x={x0}
          y={barY}
          width={barWidth}
          height={BAR}
          rx={BAR / 2}
          style={{ fill: 'var(--accent)' }}
        >
          <title>{label}</title>
        </rect>
        {metaLines.map((line, i) => (
          <text key={`m${i}`} class="tl-sources" x={0} y={metaTop + (i + 1) * META_LINE - 3} font-size={META_SIZE} style={{ fill: 'var(--muted)' }}>
            {line}
          </text>
        ))}
      </g>
    );
  });
  const axisY = y;
  const height = axisY + 4 + META_LINE;

  return (
    <svg
      class="title-timeline"
      role="group"
      aria-label={t('timeline.label')}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ display: 'block', maxWidth: `${WIDTH * 1.25}px`, overflow: 'visible' }}
    >
      {drawn}
      <g class="tl-axis" aria-hidden="true">
        <line x1={0} x2={WIDTH} y1={axisY} y2={axisY} style={{ stroke: 'var(--muted)', strokeWidth: 1 }} />
        {axis.ticks.map((tick) => (
          <g key={tick.label}>
            <line x1={tick.x} x2={tick.x} y1={axisY - 3} y2={axisY + 3} style={{ stroke: 'var(--muted)', strokeWidth: 1 }} />
            <text class="tl-tick" x={tick.x} y={axisY + 3 + META_LINE - 2} font-size={META_SIZE} text-anchor={tick.anchor} style={{ fill: 'var(--muted)' }}>
              {tick.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
