// Outcomes of an episode: per instrument the baseline and each re-measurement against it. Numeric
// instruments get a chart plus the same data as a table; categorical ones a table only.
import { api } from '../api.js';
import { h, heading, table, badge, humanize } from '../dom.js';
import { TIME_POINTS } from '../codes.js';
import { outcomeChart, pointsOf, directionWords, number, signed, measuredOn, VERDICTS } from './outcome-chart.js';

export default async function render(page, params) {
  const id = params.id;
  const [episode, outcomes, instruments] = await Promise.all([
    api.get(`/api/episodes/${id}`),
    api.get(`/api/episodes/${id}/outcomes`),
    api.get('/api/instruments'),
  ]);
  const catalogue = new Map(instruments.map((i) => [i.code, i]));
  page.append(
    ...heading(`Outcomes: ${episode.childName}`,
      'Each re-measurement compared with the baseline. A change counts as reliable when it is larger than the instrument\'s reliable-change threshold.'),
    h('div', { class: 'toolbar' },
      h('a', { href: `#/episodes/${id}` }, '← Back to the episode'),
      h('a', { class: 'button primary', href: `#/episodes/${id}/assessments/new` }, 'Record an assessment')),
    h('div', { 'data-test': 'outcomes' },
      outcomes.length
        ? outcomes.map((outcome) => instrumentSection(id, outcome, catalogue.get(outcome.instrumentCode), episode.timeZone))
        : h('p', { class: 'empty' }, 'No assessments are recorded for this episode yet.')),
  );
}

function instrumentSection(episodeId, outcome, instrument = {}, timeZone = undefined) {
  const numeric = (instrument.scaleKind || (outcome.baseline?.category ? 'categorical' : 'numeric')) === 'numeric';
  const headingId = `outcome-${outcome.instrumentCode}`;
  return h('section', { class: ['card', 'clin-outcome'], 'aria-labelledby': headingId },
    h('h2', { id: headingId }, outcome.instrumentName),
    h('p', { class: 'subtitle' }, humanize(outcome.domain),
      numeric ? '' : ` · ${directionWords(outcome.betterIs, instrument.preferredCategory)}`, // charts state it themselves
      instrument.recordedBy ? ` · recorded by ${instrument.recordedBy}` : ''),
    numeric ? outcomeChart(outcome, instrument, timeZone) : null,
    numeric ? numericTable(outcome, timeZone) : categoricalTable(outcome, instrument, timeZone),
    nextStep(episodeId, outcome));
}

function verdictBadge(verdict) {
  if (!verdict) return badge('Baseline', 'info');
  const meta = VERDICTS[verdict];
  return badge(meta?.label || humanize(verdict), meta?.badge || 'neutral');
}

function numericTable(outcome, timeZone) {
  return table(pointsOf(outcome), [
    { label: 'Time point', value: (p) => humanize(p.timePoint) },
    { label: 'Date', value: (p) => measuredOn(p.assessedAt, timeZone) },
    { label: 'Score', class: 'num', value: (p) => number(p.score) },
    { label: 'Change from baseline', class: 'num', value: (p) => (p.verdict ? signed(p.changeFromBaseline) : '—') },
    { label: 'Verdict', value: (p) => verdictBadge(p.verdict) },
  ], { caption: `${outcome.instrumentName}: scores`, empty: 'No scores yet.' });
}

function categoricalTable(outcome, instrument, timeZone) {
  return table(pointsOf(outcome), [
    { label: 'Time point', value: (p) => humanize(p.timePoint) },
    { label: 'Date', value: (p) => measuredOn(p.assessedAt, timeZone) },
    { label: 'Category', value: (p) => [p.category, p.category === instrument.preferredCategory ? ' (preferred)' : ''] },
    { label: 'Verdict', value: (p) => verdictBadge(p.verdict) },
  ], { caption: `${outcome.instrumentName}: classifications`, empty: 'No classifications yet.' });
}

/** A link to record the next time point of this instrument that is still missing. */
function nextStep(episodeId, outcome) {
  const taken = new Set(pointsOf(outcome).map((p) => p.timePoint));
  const next = TIME_POINTS.find((t) => !taken.has(t));
  if (!next) return null;
  return h('p', {}, h('a', { href: `#/episodes/${episodeId}/assessments/new?instrument=${encodeURIComponent(outcome.instrumentCode)}&timePoint=${next}` },
    `Record the ${humanize(next).toLowerCase()} score for ${outcome.instrumentName}`));
}
