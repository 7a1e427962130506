// Recording a score: the form is generated from the instrument catalogue, so each scale shows its
// own range (or categories), direction of improvement and cut-off, and the server's check of the
// value appears next to the field.
import { api } from '../api.js';
import { h, mount, heading, notice, humanize, nowIn, withOffset } from '../dom.js';
import { field, form, draftOf } from '../forms.js';
import { TIME_POINTS } from '../codes.js';
import { directionWords, number } from './outcome-chart.js';


export default async function render(page, params) {
  const id = params.id;
  const [episode, instruments, recorded] = await Promise.all([
    api.get(`/api/episodes/${id}`),
    api.get('/api/instruments'),
    api.get(`/api/episodes/${id}/assessments`),
  ]);
  const draftKey = `assessment-${id}`;
  const catalogue = new Map(instruments.map((i) => [i.code, i]));
  // A draft saved before a forced sign-in picks its instrument first, so that its score and
  // category fields exist when the form puts the typed values back.
  const draft = draftOf(draftKey) || {};
  const chosen = [draft.instrumentCode, params.query.get('instrument')].find((code) => catalogue.has(code)) || '';

  const instrumentField = field({ name: 'instrumentCode', label: 'Instrument', kind: 'select', required: true, value: chosen,
    options: [{ value: '', label: 'Choose an instrument…' },
      ...instruments.map((i) => ({ value: i.code, label: `${i.name} — ${humanize(i.domain)}` }))] });
  const scaleSlot = h('div', { class: 'clin-scale' });
  const showScale = (code, timePoint) => mount(scaleSlot, ...scaleFields(catalogue.get(code), recorded, timePoint));
  showScale(chosen, params.query.get('timePoint'));
  instrumentField.querySelector('select').addEventListener('change', (event) => showScale(event.target.value));

  const now = nowIn(episode.timeZone);
  const assessmentForm = form({
    draft: draftKey,
    submitLabel: 'Record score',
    cancel: () => { location.hash = `#/episodes/${id}`; },
    onSubmit: async (values) => {
      const body = { ...values };
      // The API takes an instant; the clinician types the time on the centre's clock.
      if (body.assessedAt && !Number.isNaN(Date.parse(body.assessedAt))) {
        body.assessedAt = new Date(withOffset(body.assessedAt, episode.timeZone)).toISOString();
      }
      await api.post(`/api/episodes/${id}/assessments`, body);
      const instrument = catalogue.get(values.instrumentCode);
      notice(`${humanize(values.timePoint)} score recorded for ${instrument?.name || values.instrumentCode}.`, 'ok');
      location.hash = `#/episodes/${id}/outcomes`;
    },
  },
  instrumentField,
  scaleSlot,
  field({ name: 'assessedAt', label: 'Assessed at', kind: 'datetime-local', value: now, max: now,
    hint: `When the measurement was taken, on the centre's clock (${episode.timeZone}); leave it as it is for now.` }));
  assessmentForm.setAttribute('data-test', 'assessment-form');

  page.append(
    ...heading(`Record an assessment: ${episode.childName}`,
      `${episode.childName} with ${episode.caregiverName} · ${humanize(episode.status)}. Scores are checked against the instrument's scale; a recorded score is never overwritten, only amended.`),
    h('p', {}, h('a', { href: `#/episodes/${id}` }, '← Back to the episode'), ' · ',
      h('a', { href: `#/episodes/${id}/outcomes` }, 'Outcome chart')),
    h('section', { class: 'card' }, assessmentForm),
  );
}

/** Time point and score (or category) fields for one instrument; a prompt when none is chosen. */
function scaleFields(instrument, recorded, wantedTimePoint) {
  if (!instrument) return [h('p', { class: 'hint' }, 'Choose an instrument to see its scale and time points.')];
  const taken = new Set(recorded.filter((a) => a.instrumentCode === instrument.code).map((a) => a.timePoint));
  const timePoint = TIME_POINTS.includes(wantedTimePoint) ? wantedTimePoint : TIME_POINTS.find((t) => !taken.has(t)) || '';
  return [
    field({ name: 'timePoint', label: 'Time point', kind: 'select', required: true, value: timePoint,
      options: [{ value: '', label: 'Choose a time point…' },
        ...TIME_POINTS.map((t) => ({ value: t, label: taken.has(t) ? `${humanize(t)} (already recorded)` : humanize(t) }))],
      hint: 'Baseline before treatment starts; mid, end and follow-up are the re-measurements.' }),
    instrument.scaleKind === 'categorical' ? categoryField(instrument) : scoreField(instrument),
  ];
}

function scoreField(instrument) {
  const facts = [
    `${number(instrument.minScore)}–${number(instrument.maxScore)}, ${directionWords(instrument.betterIs).replace(/^[↑↓] /, '')}`,
    instrument.clinicalCutoff != null ? `clinical cut-off ${number(instrument.clinicalCutoff)}` : null,
    instrument.reliableChange != null ? `reliable change ±${number(instrument.reliableChange)}` : null,
    instrument.recordedBy ? `recorded by ${instrument.recordedBy}` : null,
  ].filter(Boolean);
  return field({ name: 'score', label: `Score on the ${instrument.name}`, kind: 'number', required: true,
    min: instrument.minScore, max: instrument.maxScore, step: 'any', hint: `${facts.join('; ')}.` });
}

function categoryField(instrument) {
  const preferred = instrument.preferredCategory;
  return field({ name: 'category', label: `Classification on the ${instrument.name}`, kind: 'select', required: true,
    options: [{ value: '', label: 'Choose a category…' },
      ...instrument.categories.map((c) => ({ value: c, label: c === preferred ? `${c} (preferred)` : c }))],
    hint: `One of ${instrument.categories.join(', ')}${preferred ? `; ${preferred} is the preferred category` : ''}${instrument.recordedBy ? `; recorded by ${instrument.recordedBy}` : ''}.` });
}
