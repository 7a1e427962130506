// The instrument and programme catalogues: what each entry measures or prescribes, and forms to
// change an entry or define a new one. Past records are never rewritten by a change.
import { api, ApiError } from '../api.js';
import { h, mount, heading, table, badge, humanize, notice, refresh } from '../dom.js';
import { field, form } from '../forms.js';
import { focusLater, tagged } from '../widgets.js';

const HERE = '#/admin/catalogues';
// The domains a payer summary is broken down by (the server's instrument-domain CodeSystem).
const DOMAINS = ['attachment problems', 'attachment security', 'caregiver sensitivity', 'caregiver stress',
  'child regulation / behaviour', 'dyad emotional availability', 'social-emotional development'];
const yesNo = (flag) => (flag ? 'Yes' : 'No');
const text = (value, suffix = '') => (value === null || value === undefined ? '—' : `${value}${suffix}`);

export default async function render(page, params) {
  const [instruments, programmes] = await Promise.all([api.get('/api/instruments'), api.get('/api/programmes')]);
  const editing = params.query.get('instrument');
  const planning = params.query.get('programme');
  const instrument = instruments.find((i) => i.code === editing);
  const programme = programmes.find((p) => p.code === planning);
  mount(page,
    ...heading('Catalogues', 'The instruments clinicians score and the programmes they deliver.'),
    h('p', { class: 'hint catalogue-rule' }, 'Changing an entry applies from now on. Past records are never rewritten: recorded scores keep the values clinicians entered (only new scores are checked against a changed scale), and care plans already assigned keep the dose they copied.'),
    h('h2', {}, 'Instruments'),
    h('div', { class: 'toolbar' }, h('a', { class: 'button', href: `${HERE}?instrument=new` }, 'New instrument')),
    editing ? instrumentPanel(instrument, editing) : null,
    tagged(table(instruments, [
      { label: 'Instrument', value: (i) => [i.name, h('br'), h('small', {}, i.code)] },
      { label: 'Domain', value: (i) => i.domain },
      { label: 'Scale', value: (i) => (i.scaleKind === 'numeric' ? `${i.minScore} to ${i.maxScore}` : i.categories.join(' · ')) },
      { label: 'Better is', value: (i) => (i.scaleKind === 'numeric' ? humanize(i.betterIs) : `“${i.preferredCategory}”`) },
      { label: 'Clinical cut-off', class: 'num', value: (i) => text(i.clinicalCutoff) },
      { label: 'Reliable change', class: 'num', value: (i) => text(i.reliableChange) },
      { label: 'Recorded by', value: (i) => i.recordedBy },
      { label: 'Change', value: (i) => h('a', { href: `${HERE}?instrument=${encodeURIComponent(i.code)}` }, 'Edit', h('span', { class: 'visually-hidden' }, ` ${i.name}`)) },
    ], { caption: 'Instrument catalogue', empty: 'No instruments yet.' }), 'instruments'),
    h('h2', {}, 'Programmes'),
    h('div', { class: 'toolbar' }, h('a', { class: 'button', href: `${HERE}?programme=new` }, 'New programme')),
    planning ? programmePanel(programme, planning) : null,
    tagged(table(programmes, [
      { label: 'Programme', value: (p) => [p.name, h('br'), h('small', {}, p.code)] },
      { label: 'Dose', value: (p) => `${p.plannedSessions} sessions (at least ${p.minimumSessions})` },
      { label: 'Cadence', value: (p) => `Every ${p.intervalMinDays}–${p.intervalMaxDays} days, ${p.sessionMinutes} min` },
      { label: 'Age', value: (p) => `${p.ageMinMonths}–${p.ageMaxMonths} months` },
      { label: 'Re-measurement', value: remeasurement },
      { label: 'Format', value: (p) => [p.dyadic ? badge('Dyadic', 'info') : badge('Not dyadic', 'neutral'), ' ', p.videoFeedback ? badge('Video feedback', 'info') : null] },
      { label: 'Status', value: (p) => (p.active ? badge('Offered', 'ok') : badge('Withdrawn', 'neutral')) },
      { label: 'Change', value: (p) => h('a', { href: `${HERE}?programme=${encodeURIComponent(p.code)}` }, 'Edit', h('span', { class: 'visually-hidden' }, ` ${p.name}`)) },
    ], { caption: 'Programme catalogue', empty: 'No programmes yet.' }), 'programmes'),
  );
  focusLater(page.querySelector('.panel-title'));
}

function remeasurement(p) {
  const parts = ['baseline'];
  if (p.midAfterSession) parts.push(`after session ${p.midAfterSession}`);
  parts.push('at the end');
  if (p.followUpWeeks) parts.push(`${p.followUpWeeks} weeks after the end`);
  return parts.join(', ');
}

/** A PUT to the entry's code: 201 when it created the entry, 200 when it changed it. */
async function define(kind, code, body) {
  if (!code) throw new ApiError(400, { detail: 'code is required.', errors: [{ field: 'code', message: 'code is required' }] });
  const entry = await api.put(`/api/${kind}/${encodeURIComponent(code)}`, body);
  notice(`${entry.name} is saved; it applies from now on.`, 'ok');
  location.hash = HERE;
}

function panel(title, ...content) {
  return h('section', { class: 'card panel', 'aria-labelledby': 'catalogue-panel' },
    h('h3', { id: 'catalogue-panel', class: 'panel-title', tabindex: '-1' }, title), ...content);
}

const close = () => { location.hash = HERE; };
const codeField = (example) => field({ name: 'code', label: 'Code', required: true, hint: `2–64 lower-case letters, digits or hyphens, e.g. ${example}; cannot change later` });

function instrumentPanel(i, code) {
  if (!i && code !== 'new') return panel(`No instrument ${code}`, h('p', {}, h('a', { href: HERE }, 'Close')));
  const scaleKind = i?.scaleKind;
  // A new entry chooses its scale; the fields of the other kind are hidden and not sent.
  const numeric = h('div', { class: 'form-group' },
    field({ name: 'minScore', label: 'Lowest score', kind: 'number', step: 'any', value: i?.minScore, required: true }),
    field({ name: 'maxScore', label: 'Highest score', kind: 'number', step: 'any', value: i?.maxScore, required: true }),
    field({ name: 'betterIs', label: 'Better is', kind: 'select', value: i?.betterIs, required: true, options: [{ value: 'higher', label: 'Higher' }, { value: 'lower', label: 'Lower' }] }));
  const categorical = h('div', { class: 'form-group' },
    i ? null : field({ name: 'categories', label: 'Categories', required: true, hint: 'In order, separated by commas, e.g. secure, avoidant, resistant, disorganised' }),
    i?.categories?.length
      ? field({ name: 'preferredCategory', label: 'Preferred category', kind: 'select', value: i.preferredCategory, options: i.categories.map((c) => ({ value: c, label: c })) })
      : field({ name: 'preferredCategory', label: 'Preferred category', required: true, hint: 'One of the categories: reaching it counts as improvement' }));
  const show = (kind) => {
    for (const [group, groupKind] of [[numeric, 'numeric'], [categorical, 'categorical']]) {
      group.hidden = kind !== groupKind;
      group.querySelectorAll('input, select').forEach((control) => { control.disabled = kind !== groupKind; });
    }
  };
  show(scaleKind || 'numeric');
  return panel(i ? `Change ${i.name}` : 'New instrument',
    form({ submitLabel: i ? 'Save changes' : 'Add instrument', class: 'inline', cancel: close, onSubmit: async (values) => {
      const { code: typed, categories, ...rest } = values;
      const body = { ...rest, scaleKind: i ? i.scaleKind : values.scaleKind };
      if (categories !== undefined) body.categories = categories.split(',').map((c) => c.trim());
      await define('instruments', i ? i.code : typed, body);
    } },
    i ? null : codeField('sdq-total'),
    field({ name: 'name', label: 'Name', value: i?.name, required: true }),
    field({ name: 'domain', label: 'Domain', kind: 'select', value: i?.domain, required: true, hint: 'What it measures; payer summaries are broken down by it', options: DOMAINS.map((d) => ({ value: d, label: d })) }),
    i ? h('p', { class: 'hint' }, `Scale: ${humanize(i.scaleKind)} (fixed once created).`)
      : h('div', { onchange: (event) => event.target.name === 'scaleKind' && show(event.target.value) },
        field({ name: 'scaleKind', label: 'Scale', kind: 'select', value: 'numeric', options: [{ value: 'numeric', label: 'Numeric' }, { value: 'categorical', label: 'Categorical' }] })),
    numeric, categorical,
    field({ name: 'clinicalCutoff', label: 'Clinical cut-off', kind: 'number', step: 'any', value: i?.clinicalCutoff, hint: 'Optional; drawn on outcome charts' }),
    field({ name: 'reliableChange', label: 'Reliable change', kind: 'number', step: 'any', value: i?.reliableChange, hint: 'Optional; the smallest change that is more than measurement error' }),
    field({ name: 'recordedBy', label: 'Recorded by', value: i?.recordedBy, required: true, hint: 'Who fills it in, e.g. clinician, caregiver report' })));
}

function programmePanel(p, code) {
  if (!p && code !== 'new') return panel(`No programme ${code}`, h('p', {}, h('a', { href: HERE }, 'Close')));
  const number = (name, label, hint, required = true) => field({ name, label, kind: 'number', step: 1, value: p?.[name], required, hint });
  return panel(p ? `Change ${p.name}` : 'New programme',
    form({ submitLabel: p ? 'Save changes' : 'Add programme', class: 'inline', cancel: close, onSubmit: async (values) => {
      const { code: typed, ...body } = values;
      await define('programmes', p ? p.code : typed, body);
    } },
    p ? null : codeField('vipp-sd'),
    field({ name: 'name', label: 'Name', value: p?.name, required: true }),
    number('plannedSessions', 'Planned sessions', 'The dose copied into each new care plan'),
    number('minimumSessions', 'Minimum sessions', 'Fewer delivered counts as an incomplete dose'),
    number('intervalMinDays', 'Days between sessions, at least'),
    number('intervalMaxDays', 'Days between sessions, at most'),
    number('sessionMinutes', 'Session length (minutes)'),
    number('ageMinMonths', 'Youngest child (months)'),
    number('ageMaxMonths', 'Oldest child (months)'),
    number('midAfterSession', 'Mid-point re-measurement after session', 'Optional', false),
    number('followUpWeeks', 'Follow-up re-measurement (weeks after the end)', 'Optional', false),
    field({ name: 'dyadic', label: 'Dyadic: caregiver and child together', kind: 'checkbox', value: p ? p.dyadic : true }),
    field({ name: 'videoFeedback', label: 'Uses video feedback', kind: 'checkbox', value: p?.videoFeedback }),
    field({ name: 'active', label: 'Offered: may be assigned to new care plans', kind: 'checkbox', value: p ? p.active : true }),
    field({ name: 'evidence', label: 'Evidence', kind: 'textarea', value: p?.evidence, required: true, maxlength: 2000, hint: 'The trials or guideline behind it' })));
}
