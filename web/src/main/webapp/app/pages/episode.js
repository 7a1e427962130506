// One episode of care: the dyad, status, (for clinicians) the diagnosis, the dose and every session
// with its actions. Schedulers see the same page without diagnosis, outcomes or clinical actions.
import { api, ApiError } from '../api.js';
import { hasRole } from '../auth.js';
import { h, mount, uid, heading, badge, doseBar, formatDate, formatDateTime, formatTime, humanize, notice, refresh, withOffset, localDateIn } from '../dom.js';
import { field, form } from '../forms.js';
import { DIAGNOSES, episodeStatusBadge, isClosed, sessionStatusBadge } from '../codes.js';

const REMEASUREMENT = { recorded: 'ok', 'not-yet-due': 'neutral', due: 'warn', overdue: 'bad' };
// The lifecycle a clinician may ask for next (episode/entity/Lifecycle.java).
const NEXT = { open: ['assessing', 'withdrawn'], assessing: ['in-treatment', 'withdrawn'], 'in-treatment': ['completed', 'withdrawn'] };
const REASONS = ['by-family', 'by-centre', 'clinician-unavailable', 'other'].map((r) => ({ value: r, label: humanize(r) }));
const choose = (label) => ({ value: '', label });
const DAY = 24 * 60 * 60 * 1000;

export default async function render(page, params) {
  const id = params.id;
  const clinician = hasRole('clinician');
  const [episode, dose, sessions, rooms, clinicians, programmes] = await Promise.all([
    api.get(`/api/episodes/${id}`),
    api.get(`/api/episodes/${id}/dose`).catch(withoutCarePlan),
    api.get(`/api/episodes/${id}/sessions`),
    api.get('/api/rooms').catch(() => []),
    api.get('/api/clinicians').catch(() => []),
    api.get('/api/programmes').catch(() => []),
  ]);
  const names = {
    room: new Map(rooms.map((r) => [r.id, r.name])),
    clinician: new Map(clinicians.map((c) => [c.username, c.displayName])),
  };
  page.append(
    ...heading(episode.childName, `with ${episode.caregiverName} · ${humanize(episode.status)} · centre ${episode.centreId}`),
    h('div', { class: 'toolbar' },
      dose && !isClosed(episode.status)
        ? h('a', { class: 'button primary', href: `#/episodes/${id}/booking` }, 'Book sessions') : null,
      clinician ? h('a', { class: 'button', href: `#/episodes/${id}/assessments/new` }, 'Record an assessment') : null,
      clinician ? h('a', { class: 'button', href: `#/episodes/${id}/outcomes` }, 'Outcome chart') : null),
    h('div', { class: 'grid' }, headCard(episode, clinician), doseCard(episode, dose, clinician, programmes)),
    h('section', { 'data-test': 'sessions', 'aria-labelledby': 'sessions-title' },
      h('h2', { id: 'sessions-title' }, 'Sessions'), sessionTable(sessions, names, clinician)),
    clinician && NEXT[episode.status] ? transitionPanel(episode) : null,
  );
}

function withoutCarePlan(error) {
  if (error instanceof ApiError && error.status === 409) return null; // no programme assigned yet
  throw error;
}

const fact = (term, ...value) => [h('dt', {}, term), h('dd', {}, ...value)];
// Dates on the centre's calendar, whatever the browser's zone.
const onDate = (instant, timeZone) => (instant ? formatDate(localDateIn(instant, timeZone)) : '—');
/** Posts, says so, and draws the page again with the server's new state. */
const saved = async (path, body, message) => { await api.post(path, body); notice(message, 'ok'); refresh(); };

function headCard(episode, clinician) {
  const diagnosis = clinician ? episode.diagnosis : null;
  return h('section', { class: 'card', 'data-test': 'episode-head', 'aria-labelledby': 'head-title' },
    h('h2', { id: 'head-title', class: 'clin-card-title' }, 'Dyad and episode'),
    h('dl', { class: 'facts' },
      fact('Child', episode.childName),
      fact('Caregiver', episode.caregiverName),
      fact('Status', episodeStatusBadge(episode.status),
        episode.dropout?.dropout ? [' ', badge('Dropout', 'bad'), ` ${episode.dropout.reason || ''}`] : null),
      fact('Centre', episode.centreId),
      fact('Opened', onDate(episode.openedAt, episode.timeZone)),
      episode.closedAt ? fact('Closed', onDate(episode.closedAt, episode.timeZone), episode.closeReason ? ` · ${episode.closeReason}` : '') : null,
      fact('Baseline', episode.baselineRecorded ? badge('Recorded', 'ok') : badge('Not recorded yet', 'warn')),
      episode.developmentalAssessmentRequired
        ? fact('Developmental assessment', episode.developmentalAssessmentRecorded ? badge('Recorded', 'ok') : badge('Required', 'warn')) : null,
      diagnosis ? fact('Diagnosis', h('span', { 'data-test': 'diagnosis' }, `${diagnosis.code} ${diagnosis.display} `,
        badge(humanize(diagnosis.verification), diagnosis.verification === 'confirmed' ? 'ok' : 'warn'))) : null),
    diagnosis?.verification === 'provisional' ? confirmDiagnosis(episode) : null);
}

function confirmDiagnosis(episode) {
  const confirm = form({
    submitLabel: 'Confirm diagnosis',
    onSubmit: (values) => saved(`/api/episodes/${episode.id}/diagnoses`, { ...values, verification: 'confirmed' }, 'Diagnosis confirmed.'),
  }, field({ name: 'code', label: 'ICD-11 diagnosis to confirm', kind: 'select', value: episode.diagnosis.code, required: true,
    options: DIAGNOSES }));
  confirm.setAttribute('data-test', 'confirm-diagnosis');
  return confirm;
}

function doseCard(episode, dose, clinician, programmes) {
  const title = h('h2', { id: 'dose-title', class: 'clin-card-title' }, 'Programme and dose');
  if (!dose) {
    return h('section', { class: 'card', 'data-test': 'dose', 'aria-labelledby': 'dose-title' }, title,
      h('p', {}, 'No programme is assigned yet, so there is no dose to book against.'),
      clinician ? assignProgramme(episode, programmes) : null);
  }
  const extra = dose.authorised - dose.planned;
  return h('section', { class: 'card', 'data-test': 'dose', 'aria-labelledby': 'dose-title' }, title,
    h('p', {}, doseBar(dose.delivered, dose.authorised)),
    h('dl', { class: 'facts' },
      fact('Programme', programmes.find((p) => p.code === dose.programmeCode)?.name || dose.programmeCode),
      fact('Planned', String(dose.planned)),
      fact('Authorised', String(dose.authorised), extra > 0 ? ` (${extra} by extension)` : ''),
      fact('Booked', String(dose.booked)),
      fact('Delivered', String(dose.delivered)),
      fact('Remaining', String(dose.remaining)),
      fact('Projected end', dose.projectedEnd ? formatDate(dose.projectedEnd) : 'Not projected yet'),
      fact('At risk', dose.atRisk ? [badge('At risk', 'bad'), ' ', dose.atRiskReason || ''] : badge('On track', 'ok')),
      fact('Re-measurements', dose.remeasurements?.length ? h('ul', { class: 'clin-plain' }, dose.remeasurements.map((r) =>
        h('li', {}, `${humanize(r.timePoint)}${r.dueOn ? ` due ${formatDate(r.dueOn)}` : ''} `, badge(humanize(r.status), REMEASUREMENT[r.status])))) : 'None')),
    clinician ? doseExtension(episode) : null);
}

function doseExtension(episode) {
  const extension = form({
    draft: `extension-${episode.id}`,
    submitLabel: 'Authorise extension',
    onSubmit: (values) => saved(`/api/episodes/${episode.id}/dose-extensions`, values, `${values.sessions} more session${values.sessions === 1 ? '' : 's'} authorised.`),
  },
  field({ name: 'sessions', label: 'Extra sessions', kind: 'number', min: 1, max: 20, step: 1, required: true, hint: '1 to 20 sessions beyond the authorised dose.' }),
  field({ name: 'justification', label: 'Clinical justification', kind: 'textarea', required: true, maxlength: 2000 }));
  return h('details', { class: 'clin-details', 'data-test': 'dose-extension' }, h('summary', {}, 'Authorise a dose extension'), extension);
}

function assignProgramme(episode, programmes) {
  return form({
    submitLabel: 'Assign programme',
    onSubmit: async (values) => { await api.put(`/api/episodes/${episode.id}/care-plan`, values); notice('Programme assigned.', 'ok'); refresh(); },
  },
  field({ name: 'programmeCode', label: 'Programme', kind: 'select', required: true,
    options: [choose('Choose a programme…'), ...programmes.filter((p) => p.active !== false)
      .map((p) => ({ value: p.code, label: `${p.name} (${p.plannedSessions} sessions)` }))] }),
  field({ name: 'acknowledgeAgeWarning', label: 'The child is outside the programme\'s age range and I assign it anyway', kind: 'checkbox' }));
}

function transitionPanel(episode) {
  return h('details', { class: ['card', 'clin-details'] }, h('summary', {}, 'Change the episode\'s status'),
    form({
    draft: `transition-${episode.id}`,
      submitLabel: 'Change status',
      onSubmit: (values) => saved(`/api/episodes/${episode.id}/transitions`, values, `Episode moved to ${humanize(values.to).toLowerCase()}.`),
    },
    field({ name: 'to', label: 'New status', kind: 'select', required: true,
      options: [choose('Choose a status…'), ...NEXT[episode.status].map((s) => ({ value: s, label: humanize(s) }))],
      hint: 'Completing below the programme\'s minimum dose counts as a dropout.' }),
    field({ name: 'reason', label: 'Reason', kind: 'textarea', required: true, maxlength: 1000 })));
}

const COLUMNS = ['Session', 'When', 'Clinician', 'Where', 'Status', 'Details', 'Actions'];

function sessionTable(sessions, names, clinician) {
  if (!sessions.length) return h('p', { class: 'empty' }, 'No sessions are booked yet.');
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const movedTo = new Map(sessions.filter((s) => s.replacesId).map((s) => [s.replacesId, s]));
  const ordered = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'clin-sessions' },
    h('caption', {}, 'Session history, cancelled and moved bookings included (times are the centre\'s local time)'),
    h('thead', {}, h('tr', {}, COLUMNS.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ordered.map((s) => sessionRows(s, { names, clinician, movedTo: movedTo.get(s.id), replaces: byId.get(s.replacesId) })))));
}

function details(s, { movedTo, replaces }) {
  const notes = [];
  if (s.status === 'attended') {
    notes.push(`caregiver ${s.caregiverPresent ? 'present' : 'absent'}, child ${s.childPresent ? 'present' : 'absent'}`);
    if (s.videoUsed) notes.push('video used');
  }
  if (s.changeReason) notes.push(`${humanize(s.changeReason)}${s.changeNote ? `: ${s.changeNote}` : ''}`);
  if (movedTo) notes.push(`moved to ${formatDateTime(movedTo.localStartsAt)}`);
  if (replaces) notes.push(`replaces ${formatDateTime(replaces.localStartsAt)}`);
  if (s.intervalOverrideReason) notes.push(`interval overridden: ${s.intervalOverrideReason}`);
  return notes.join('; ');
}

function sessionRows(s, context) {
  const { names, clinician } = context;
  const startsIn = Date.parse(s.startsAt) - Date.now();
  const started = startsIn <= 0;
  const when = `${formatDateTime(s.localStartsAt)}–${formatTime(s.localEndsAt)}`;
  const panel = h('tr', { class: 'clin-action-row', id: uid('session-actions'), hidden: true }, h('td', { colspan: COLUMNS.length }));
  const toggles = [];
  const toggle = (label, build) => {
    const button = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': panel.id, 'aria-label': `${label}: session on ${when}` }, label);
    button.addEventListener('click', () => {
      const closing = button.getAttribute('aria-expanded') === 'true';
      toggles.forEach((b) => b.setAttribute('aria-expanded', 'false'));
      panel.hidden = closing;
      if (closing) return;
      button.setAttribute('aria-expanded', 'true');
      mount(panel.firstChild, h('p', { class: 'clin-action-title' }, `${label} — ${when}`), build(s));
      panel.querySelector('input, select, textarea')?.focus();
    });
    toggles.push(button);
    return button;
  };
  const actions = s.status !== 'booked' ? [] : [
    started ? null : toggle('Reschedule', rescheduleForm),
    started ? null : toggle('Cancel session', cancelForm),
    // Before the start only a late cancellation is an outcome; offer it from the day before.
    clinician && startsIn < DAY ? toggle('Record outcome', (session) => outcomeForm(session, started)) : null,
  ].filter(Boolean);
  const row = h('tr', { class: `clin-session-${s.status}` },
    h('th', { scope: 'row' }, s.number ? `${s.number} of ${s.of}` : '—'),
    h('td', {}, when),
    h('td', {}, names.clinician.get(s.clinicianId) || s.clinicianId),
    h('td', {}, s.homeVisit ? 'Home visit' : names.room.get(s.roomId) || 'Room'),
    h('td', {}, sessionStatusBadge(s.status)),
    h('td', {}, details(s, context)),
    h('td', { class: 'clin-actions' }, actions.length ? actions : started && s.status === 'booked' ? 'Outcome due' : ''));
  return [row, panel];
}

function rescheduleForm(s) {
  return form({
    draft: `reschedule-${s.id}`,
    class: 'inline',
    submitLabel: 'Move session',
    onSubmit: (values) => saved(`/api/sessions/${s.id}/reschedule`,
      { ...values, startsAt: withOffset(values.startsAt, s.timeZone) }, 'Session moved.'),
  },
  field({ name: 'startsAt', label: `New start (${s.timeZone} time)`, kind: 'datetime-local', required: true, value: s.localStartsAt.slice(0, 16) }),
  field({ name: 'reason', label: 'Reason', kind: 'select', required: true, options: [choose('Choose a reason…'), ...REASONS] }),
  field({ name: 'note', label: 'Note', kind: 'textarea', maxlength: 1000, hint: 'Needed when the reason is "Other".' }),
  field({ name: 'overrideIntervalReason', label: 'Reason to book closer than the programme\'s interval', kind: 'text', maxlength: 1000,
    hint: 'Only if the server refuses the interval; it is audited.' }));
}

function cancelForm(s) {
  return form({
    draft: `cancel-${s.id}`,
    class: 'inline',
    submitLabel: 'Confirm cancellation',
    onSubmit: (values) => saved(`/api/sessions/${s.id}/cancellation`, values, 'Session cancelled.'),
  },
  field({ name: 'reason', label: 'Reason', kind: 'select', required: true, options: [choose('Choose a reason…'), ...REASONS] }),
  field({ name: 'note', label: 'Note', kind: 'textarea', maxlength: 1000, hint: 'Needed when the reason is "Other".' }));
}

function outcomeForm(s, started) {
  const outcomes = started ? ['attended', 'did-not-attend', 'cancelled-late'] : ['cancelled-late'];
  return form({
    draft: `outcome-${s.id}`,
    class: 'inline',
    submitLabel: 'Save outcome',
    onSubmit: (values) => saved(`/api/sessions/${s.id}/outcome`, values, `Outcome recorded: ${humanize(values.outcome).toLowerCase()}.`),
  },
  field({ name: 'outcome', label: 'Outcome', kind: 'select', required: true, value: outcomes[0],
    options: outcomes.map((o) => ({ value: o, label: humanize(o) })),
    hint: started ? null : 'Before the session starts only a late cancellation can be recorded.' }),
  field({ name: 'caregiverPresent', label: 'Caregiver present', kind: 'checkbox', value: true }),
  field({ name: 'childPresent', label: 'Child present', kind: 'checkbox', value: true }),
  field({ name: 'videoUsed', label: 'Video feedback used', kind: 'checkbox' }));
}
