// The outcome chart of one numeric instrument: baseline → re-measurements on the scale's range, with
// the clinical cut-off (dashed) and the reliable-change band around the baseline, so a clinician sees
// at a glance whether a change is larger than the instrument's measurement error.
import { h, s, humanize } from '../dom.js';

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 34, right: 92, bottom: 52, left: 52 }; // the right margin holds the cut-off label
const INSET = 36; // keeps the first and last points off the axes
const TICKS = 4;

/** How each reliable-change verdict is shown: words, badge kind and point style. */
export const VERDICTS = {
  'reliable-improvement': { label: 'Reliable improvement', badge: 'ok', point: 'clin-point-improved' },
  'reliable-deterioration': { label: 'Reliable deterioration', badge: 'bad', point: 'clin-point-deteriorated' },
  'no-reliable-change': { label: 'No reliable change', badge: 'neutral', point: 'clin-point-unchanged' },
  'threshold-unknown': { label: 'No published threshold', badge: 'info', point: 'clin-point-unknown' },
  'no-baseline': { label: 'No baseline to compare', badge: 'warn', point: 'clin-point-unknown' },
};

/** "↑ higher is better" from the catalogue's betterIs. */
export function directionWords(betterIs, preferredCategory) {
  if (betterIs === 'higher') return '↑ higher is better';
  if (betterIs === 'lower') return '↓ lower is better';
  return preferredCategory ? `${preferredCategory} is the preferred category` : humanize(betterIs);
}

/** A decimal from the API (22.00 arrives as 22) without float noise: "22", "0.35". */
export function number(value) {
  return value === null || value === undefined ? '—' : String(Number(Number(value).toFixed(2)));
}

/** A change with its sign: "+3", "−8", "0". */
export function signed(value) {
  if (value === null || value === undefined) return '—';
  const n = Number(value);
  return n > 0 ? `+${number(n)}` : n < 0 ? `−${number(-n)}` : '0';
}

/** assessedAt is an instant; shown as the date it was at the centre (its time zone). */
export function measuredOn(instant, timeZone) {
  return instant ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(instant)) : '—';
}

/** The points in order: the baseline first, then the re-measurements (as the API orders them). */
export function pointsOf(outcome) {
  return [outcome.baseline, ...(outcome.remeasurements || [])].filter(Boolean);
}

/** The chart as a <figure> with an SVG (role img, summary label), a caption and a legend. */
export function outcomeChart(outcome, instrument = {}, timeZone = undefined) {
  const points = pointsOf(outcome).filter((p) => p.score !== null && p.score !== undefined);
  const scores = points.map((p) => Number(p.score));
  let min = Number(instrument.minScore ?? Math.min(...scores, 0));
  let max = Number(instrument.maxScore ?? Math.max(...scores, 1));
  if (!(max > min)) max = min + 1;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const clamp = (v) => Math.min(max, Math.max(min, v));
  const y = (v) => MARGIN.top + ((max - clamp(v)) / (max - min)) * plotHeight;
  const x = (i) => (points.length < 2
    ? MARGIN.left + plotWidth / 2
    : MARGIN.left + INSET + (i * (plotWidth - 2 * INSET)) / (points.length - 1));
  const right = MARGIN.left + plotWidth;
  const baseline = outcome.baseline?.score ?? null;
  const cutoff = outcome.clinicalCutoff ?? instrument.clinicalCutoff ?? null;
  const threshold = outcome.reliableChange ?? instrument.reliableChange ?? null;
  const direction = directionWords(outcome.betterIs || instrument.betterIs);

  const grid = Array.from({ length: TICKS + 1 }, (_, i) => min + (i * (max - min)) / TICKS).map((value) => [
    s('line', { class: 'gridline', x1: MARGIN.left, x2: right, y1: y(value), y2: y(value) }),
    s('text', { x: MARGIN.left - 8, y: y(value) + 4, 'text-anchor': 'end' }, number(value)),
  ]);

  const band = baseline !== null && threshold !== null ? [
    s('rect', { class: 'band', x: MARGIN.left, width: plotWidth,
      y: y(Number(baseline) + Number(threshold)), height: y(Number(baseline) - Number(threshold)) - y(Number(baseline) + Number(threshold)) }),
    s('text', { class: 'clin-band-label', x: right, y: 18, 'text-anchor': 'end' }, `Shaded: baseline ±${number(threshold)} (reliable change)`),
  ] : null;

  const cutoffLine = cutoff !== null ? [
    s('line', { class: 'cutoff', x1: MARGIN.left, x2: right, y1: y(Number(cutoff)), y2: y(Number(cutoff)) }),
    s('text', { class: 'clin-cutoff-label', x: right + 6, y: y(Number(cutoff)) + 4 }, `Cut-off ${number(cutoff)}`),
  ] : null;

  const marks = points.map((p, i) => {
    const meta = VERDICTS[p.verdict];
    const words = `${humanize(p.timePoint)}, ${measuredOn(p.assessedAt, timeZone)}: ${number(p.score)}`
      + (p.verdict ? ` (${signed(p.changeFromBaseline)}, ${meta?.label || humanize(p.verdict)})` : ' (baseline)');
    return s('g', { class: 'clin-mark' },
      s('circle', { class: ['point', p.verdict ? meta?.point : 'clin-point-baseline'], cx: x(i), cy: y(Number(p.score)), r: 6 },
        s('title', {}, words)),
      s('text', { class: 'clin-value', x: x(i), y: y(Number(p.score)) - 11, 'text-anchor': 'middle' }, number(p.score)),
      s('text', { x: x(i), y: HEIGHT - MARGIN.bottom + 18, 'text-anchor': 'middle' }, humanize(p.timePoint)),
      s('text', { class: 'clin-date', x: x(i), y: HEIGHT - MARGIN.bottom + 34, 'text-anchor': 'middle' }, measuredOn(p.assessedAt, timeZone)));
  });

  const summary = chartSummary(outcome, points, cutoff, threshold, direction, timeZone);
  const svg = s('svg', { class: ['chart', 'clin-chart'], viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT,
    role: 'img', 'aria-label': summary, preserveAspectRatio: 'xMidYMid meet' },
  s('title', {}, `${outcome.instrumentName}: outcome chart`),
  grid, band, cutoffLine,
  s('line', { class: 'axis', x1: MARGIN.left, x2: MARGIN.left, y1: MARGIN.top, y2: MARGIN.top + plotHeight }),
  s('line', { class: 'axis', x1: MARGIN.left, x2: right, y1: MARGIN.top + plotHeight, y2: MARGIN.top + plotHeight }),
  s('text', { class: 'clin-direction', x: MARGIN.left, y: 18 }, direction),
  points.length > 1 ? s('polyline', { class: 'series', points: points.map((p, i) => `${x(i)},${y(Number(p.score))}`).join(' ') }) : null,
  marks);

  return h('figure', { class: 'clin-figure', 'data-test': `outcome-chart-${outcome.instrumentCode}` },
    svg,
    h('figcaption', {}, h('strong', {}, direction), ` · scale from ${number(min)} to ${number(max)}`,
      cutoff !== null ? ` · clinical cut-off ${number(cutoff)}` : ' · no clinical cut-off in the catalogue',
      threshold !== null ? ` · reliable change ±${number(threshold)}` : ' · no published reliable-change threshold'),
    legend(cutoff !== null, threshold !== null && baseline !== null, points.some((p) => VERDICTS[p.verdict]?.point === 'clin-point-unknown')));
}

function chartSummary(outcome, points, cutoff, threshold, direction, timeZone) {
  const steps = points.map((p) => (p.verdict
    ? `${humanize(p.timePoint).toLowerCase()} ${number(p.score)} on ${measuredOn(p.assessedAt, timeZone)}, change ${signed(p.changeFromBaseline)}, ${(VERDICTS[p.verdict]?.label || humanize(p.verdict)).toLowerCase()}`
    : `baseline ${number(p.score)} on ${measuredOn(p.assessedAt, timeZone)}`));
  return [`${outcome.instrumentName}: ${steps.join('; ') || 'no scores yet'}.`,
    cutoff !== null ? `Clinical cut-off ${number(cutoff)}.` : '',
    threshold !== null ? `Reliable change ±${number(threshold)}.` : '',
    `${humanize(direction.replace(/^[↑↓] /, ''))}.`].filter(Boolean).join(' ');
}

function legend(withCutoff, withBand, withUnknown) {
  const item = (swatch, text) => h('span', { class: 'clin-legend-item' }, h('span', { class: ['clin-swatch', swatch], 'aria-hidden': 'true' }), text);
  return h('p', { class: 'legend' },
    item('clin-swatch-baseline', 'Baseline'),
    item('clin-swatch-improved', 'Reliable improvement'),
    item('clin-swatch-unchanged', 'No reliable change'),
    item('clin-swatch-deteriorated', 'Reliable deterioration'),
    withUnknown ? item('clin-swatch-unknown', 'Not judged (no threshold or no baseline)') : null,
    withCutoff ? item('clin-swatch-cutoff', 'Clinical cut-off') : null,
    withBand ? item('clin-swatch-band', 'Reliable-change band around the baseline') : null);
}
