// The staff of the admin's centres: roles and centres, adding people (their initial password shown
// once), changing access, disabling accounts, and each clinician's weekly hours and leave.
import { api } from '../api.js';
import { session } from '../auth.js';
import { h, mount, heading, table, badge, humanize, notice, refresh, withOffset } from '../dom.js';
import { field, form } from '../forms.js';
import { confirmAction, focusLater, revealOnce, tagged } from '../widgets.js';

const HERE = '#/admin/staff';
const ASSIGNABLE = ['clinician', 'scheduler'];
const ROLES = ASSIGNABLE.map((role) => ({ value: role, label: humanize(role) }));
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => ({ value: d, label: humanize(d) }));
const KINDS = ['leave', 'training', 'other'].map((k) => ({ value: k, label: humanize(k) }));

let enrolled = null; // the last enrolment: its password is shown on the next render only

export default async function render(page, params) {
  const [staff, allCentres] = await Promise.all([api.get('/api/admin/staff'), api.get('/api/admin/centres')]);
  const centres = allCentres.filter((c) => session.centres.includes(c.id));
  const find = (key) => staff.find((s) => s.username === params.query.get(key));
  const changing = find('access');
  const rostered = find('rota');
  const rota = rostered ? await loadRota(rostered, centres) : null;
  const shown = enrolled;
  enrolled = null;
  mount(page,
    ...heading('Staff', `The clinicians, schedulers and admins of ${centres.map((c) => c.name).join(', ')}.`),
    shown ? revealOnce({
      test: 'initial-password',
      title: `Initial password for ${shown.staff.displayName}`,
      facts: [['Username', shown.staff.username], ['Initial password', shown.initialPassword]],
      advice: 'Shown this once only. Hand it over in person or by another safe channel, never in the same message as the username. It works once: at their first sign-in they choose a password of their own.',
    }) : null,
    tagged(table(staff, [
      { label: 'Username', value: (s) => s.username },
      { label: 'Name', value: (s) => [s.displayName, h('br'), h('small', {}, s.email)] },
      { label: 'Role', value: (s) => humanize(s.role) },
      { label: 'Centres', value: (s) => s.centres.join(', ') },
      { label: 'Status', value: (s) => (s.active ? badge('Active', 'ok') : badge('Disabled', 'neutral')) },
      { label: 'Actions', value: actions },
    ], { caption: 'Staff of your centres', empty: 'No staff yet.' }), 'staff'),
    changing ? accessPanel(changing, centres) : null,
    rostered ? rotaPanel(rostered, rota) : null,
    h('h2', {}, 'Add a member of staff'),
    tagged(form({ draft: 'admin-add-staff', submitLabel: 'Add member of staff', class: 'inline', onSubmit: enrol },
      field({ name: 'username', label: 'Username', required: true, hint: '2–32 lower-case letters, digits, ".", "_" or "-"' }),
      field({ name: 'firstName', label: 'First name', required: true }),
      field({ name: 'lastName', label: 'Last name', required: true }),
      field({ name: 'email', label: 'Email', kind: 'email', required: true }),
      field({ name: 'role', label: 'Role', kind: 'select', options: ROLES, required: true }),
      centreChoice(centres, centres.length === 1 ? [centres[0].id] : [])), 'add-staff'),
  );
  focusLater(page.querySelector('.reveal-once h2') || page.querySelector('.panel-title'));
}

async function enrol(values) {
  const { centres, rest } = chosenCentres(values);
  enrolled = await api.post('/api/admin/staff', { ...rest, centres });
  notice(`${enrolled.staff.displayName} can now sign in as ${enrolled.staff.username}.`, 'ok');
  refresh();
}

function actions(member) {
  if (!member.active) return '—';
  if (!ASSIGNABLE.includes(member.role)) return h('span', { class: 'hint' }, 'Managed in Keycloak');
  const elsewhere = member.centres.filter((c) => !session.centres.includes(c));
  const path = `/api/admin/staff/${encodeURIComponent(member.username)}`;
  return h('div', { class: 'row-actions' },
    member.role === 'clinician' ? h('a', { href: `${HERE}?rota=${encodeURIComponent(member.username)}` }, 'Hours and leave') : null,
    elsewhere.length
      ? h('span', { class: 'hint' }, `Also works in ${elsewhere.join(', ')}: access changes need an admin of all their centres.`)
      : [h('a', { href: `${HERE}?access=${encodeURIComponent(member.username)}` }, 'Change access'),
        confirmAction({ label: 'Disable', confirmLabel: `Yes, disable ${member.displayName}`, run: async () => {
          await api.post(`${path}/disablement`);
          notice(`${member.displayName} is disabled and signed out everywhere.`, 'ok');
          refresh();
        } })]);
}

function accessPanel(member, centres) {
  return h('section', { class: 'card panel', 'aria-labelledby': 'access-title' },
    h('h2', { id: 'access-title', class: 'panel-title', tabindex: '-1' }, `Change access of ${member.displayName}`),
    h('p', { class: 'hint' }, 'Their current sessions end at once; they sign in again with the new access.'),
    form({ submitLabel: 'Save access', class: 'inline', cancel: () => { location.hash = HERE; }, onSubmit: async (values) => {
      const { centres: chosen, rest } = chosenCentres(values);
      await api.put(`/api/admin/staff/${encodeURIComponent(member.username)}/access`, { role: rest.role, centres: chosen });
      notice(`${member.displayName}'s access is changed.`, 'ok');
      location.hash = HERE;
    } },
    field({ name: 'role', label: 'Role', kind: 'select', options: ROLES, value: member.role, required: true }),
    centreChoice(centres, member.centres)));
}

/** One checkbox per centre the admin runs; the group carries the server's "centres" message. */
function centreChoice(centres, checked) {
  const id = `centres-${Math.random().toString(36).slice(2, 8)}`;
  return h('fieldset', { class: 'centre-choice', name: 'centres', id, 'aria-describedby': `${id}-error` },
    h('legend', {}, 'Centres', h('span', { class: 'required', 'aria-hidden': 'true' }, ' *')),
    centres.map((c) => field({ name: `centre:${c.id}`, label: c.name, kind: 'checkbox', value: checked.includes(c.id) })),
    h('p', { class: 'field-error', id: `${id}-error` }));
}

function chosenCentres(values) {
  const rest = {};
  const centres = [];
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith('centre:')) { if (value) centres.push(key.slice(7)); } else if (key !== 'centres') rest[key] = value;
  }
  return { centres, rest };
}

async function loadRota(member, centres) {
  const user = encodeURIComponent(member.username);
  const places = centres.filter((c) => member.centres.includes(c.id));
  const hours = await Promise.all(places.map((c) => api.get(`/api/clinicians/${user}/hours?centreId=${encodeURIComponent(c.id)}`)));
  const exceptions = member.active ? await api.get(`/api/clinicians/${user}/exceptions`) : [];
  return { places, hours, exceptions };
}

function rotaPanel(member, { places, hours, exceptions }) {
  const user = encodeURIComponent(member.username);
  const zone = places[0]?.timeZone || 'UTC';
  return h('section', { class: 'card panel', 'aria-labelledby': 'rota-title', 'data-test': 'rota' },
    h('h2', { id: 'rota-title', class: 'panel-title', tabindex: '-1' }, `Hours and leave of ${member.displayName}`),
    h('p', {}, h('a', { href: HERE }, 'Close')),
    places.map((centre, i) => [h('h3', {}, `Weekly hours at ${centre.name}`), hoursEditor(user, centre, hours[i])]),
    h('h3', {}, 'Leave, training and other absences'),
    table(exceptions, [
      { label: 'Kind', value: (x) => badge(humanize(x.kind), 'info') },
      { label: 'From', value: (x) => inZone(x.startsAt, zone) },
      { label: 'Until', value: (x) => inZone(x.endsAt, zone) },
    ], { caption: `Coming absences (times in ${zone})`, empty: 'No absences planned.' }),
    form({ submitLabel: 'Add absence', class: 'inline', onSubmit: async (values) => {
      await api.post(`/api/clinicians/${user}/exceptions`,
        { kind: values.kind, startsAt: withOffset(values.startsAt, zone), endsAt: withOffset(values.endsAt, zone) });
      notice(`The absence of ${member.displayName} is added; no new sessions are booked in it.`, 'ok');
      refresh();
    } },
    field({ name: 'kind', label: 'Kind', kind: 'select', options: KINDS, required: true }),
    field({ name: 'startsAt', label: 'From', kind: 'datetime-local', required: true, hint: `Local time in ${zone}` }),
    field({ name: 'endsAt', label: 'Until', kind: 'datetime-local', required: true, hint: `Local time in ${zone}` })));
}

/** The week's blocks at one centre as editable rows; saving replaces them all. */
function hoursEditor(user, centre, blocks) {
  const rows = h('div', { class: 'blocks' });
  const addRow = (block = {}) => {
    const row = h('div', { class: 'block-row' },
      field({ name: 'day', label: 'Day', kind: 'select', options: DAYS, value: block.day }),
      field({ name: 'start', label: 'From', kind: 'time', value: block.start?.slice(0, 5) }),
      field({ name: 'end', label: 'Until', kind: 'time', value: block.end?.slice(0, 5) }),
      h('button', { type: 'button', 'aria-label': `Remove the block ${block.day || 'being added'} ${block.start?.slice(0, 5) || ''}–${block.end?.slice(0, 5) || ''}`, onclick: () => row.remove() }, 'Remove block'));
    rows.append(row);
    return row;
  };
  blocks.forEach((block) => addRow(block));
  return form({ submitLabel: `Save hours at ${centre.name}`, onSubmit: async (_, element) => {
    const chosen = [...element.querySelectorAll('.block-row')].map((row) => {
      const read = (name) => row.querySelector(`[name="${name}"]`).value || null;
      return { day: read('day'), start: read('start'), end: read('end') };
    });
    await api.put(`/api/clinicians/${user}/hours`, { centreId: centre.id, blocks: chosen });
    notice(`Weekly hours at ${centre.name} are saved; booked sessions stay as they are.`, 'ok');
    refresh();
  } },
  h('p', { class: 'hint' }, `In ${centre.timeZone} local time. Saving replaces every block at this centre.`),
  rows,
  h('div', {}, h('button', { type: 'button', onclick: () => addRow().querySelector('select').focus() }, 'Add a block')));
}

/** An ISO instant shown in a centre's time zone. */
function inZone(instant, timeZone) {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}
