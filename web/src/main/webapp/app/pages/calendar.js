// A week calendar of one clinician or one room, in the centre's local time. The choice and the
// week live in the hash query (#/calendar?clinicianId=clara&from=2026-12-07) so it can be linked.
import { api, query } from '../api.js';
import { h, heading, addDays, mondayOf, today, formatDate, formatDay, formatTime, humanize } from '../dom.js';
import { field } from '../forms.js';
import { session } from '../auth.js';

/** The calendar's subject and week from the hash, with the defaults filled in. */
function chosen(params, clinicians, rooms) {
  const room = rooms.find((r) => r.id === params.get('roomId'));
  const fallback = clinicians.find((c) => c.username === session.username) || clinicians[0];
  const clinician = room ? null : clinicians.find((c) => c.username === params.get('clinicianId')) || fallback;
  // Someone working in several centres picks one: the API answers one centre's calendar.
  const centres = room ? [room.centreId] : clinician?.centres || [];
  const centreId = centres.includes(params.get('centreId')) ? params.get('centreId') : centres[0];
  return { room, clinician, centres, centreId, from: mondayOf(params.get('from') || today()) };
}

function link(choice, changes) {
  const next = { clinicianId: choice.clinician?.username, roomId: choice.room?.id, centreId: choice.centreId, from: choice.from, ...changes };
  return `#/calendar${query(next)}`;
}

function toolbar(choice, clinicians, rooms) {
  const severalCentres = session.centres.length > 1;
  const go = (changes) => { location.hash = link(choice, changes); };
  const clinicianField = field({
    name: 'clinicianId', label: 'Clinician', kind: 'select', value: choice.clinician?.username || '',
    options: [{ value: '', label: '—' }, ...clinicians.map((c) => ({ value: c.username, label: c.displayName }))],
  });
  const roomField = field({
    name: 'roomId', label: 'Room', kind: 'select', value: choice.room?.id || '',
    options: [{ value: '', label: '—' }, ...rooms.map((r) => ({ value: r.id, label: severalCentres ? `${r.name} (${r.centreId})` : r.name }))],
  });
  let centreField = null;
  if (choice.centres.length > 1) {
    centreField = field({ name: 'centreId', label: 'Centre', kind: 'select', value: choice.centreId, options: choice.centres.map((c) => ({ value: c, label: c })) });
  }
  // Shown with a button, not on-change: arrow keys on a closed select would reload every press.
  // A newly chosen room wins over the clinician; otherwise the clinician's calendar is shown.
  const show = (event) => {
    event.preventDefault();
    const clinicianId = clinicianField.querySelector('select').value;
    const roomId = roomField.querySelector('select').value;
    const centreId = centreField?.querySelector('select').value;
    if (roomId && roomId !== (choice.room?.id || '')) go({ roomId, clinicianId: undefined, centreId: undefined });
    else if (clinicianId && clinicianId !== (choice.clinician?.username || '')) go({ clinicianId, roomId: undefined, centreId: undefined });
    else go({ centreId });
  };
  return h('div', { class: 'toolbar' },
    h('form', { class: 'toolbar', role: 'group', 'aria-label': 'Calendar choice', onsubmit: show },
      clinicianField, roomField, centreField, h('button', { type: 'submit' }, 'Show')),
    h('div', { class: 'actions week-nav' },
      h('a', { class: 'button', href: link(choice, { from: addDays(choice.from, -7) }) }, 'Previous week'),
      h('a', { class: 'button', href: link(choice, { from: mondayOf(today()) }) }, 'This week'),
      h('a', { class: 'button', href: link(choice, { from: addDays(choice.from, 7) }) }, 'Next week')));
}

function slot(entry, names, places) {
  const where = places(entry);
  return h('a', { class: ['slot', `slot-${entry.status}`], href: `#/episodes/${entry.episodeId}` },
    h('span', { class: 'slot-time' }, `${formatTime(entry.localStartsAt)}–${formatTime(entry.localEndsAt)}`), ' ',
    h('span', { class: 'slot-child' }, names.get(entry.episodeId) || 'Episode'), h('br'),
    h('span', { class: 'slot-status' }, humanize(entry.status)), where ? ` · ${where}` : '');
}

function week(from, entries, names, places) {
  const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
  return h('div', { class: 'week', 'data-test': 'week-calendar' }, days.map((day) => {
    const todays = entries.filter((e) => e.localStartsAt.slice(0, 10) === day).sort((a, b) => a.localStartsAt.localeCompare(b.localStartsAt));
    return h('section', { class: ['week-day', day === today() ? 'today' : null], 'aria-label': formatDate(day) },
      h('h3', {}, formatDay(day), day === today() ? ' (today)' : ''),
      todays.length ? todays.map((e) => slot(e, names, places)) : h('p', { class: 'empty' }, 'No sessions'));
  }));
}

export default async function render(page, { query: params }) {
  const [clinicians, rooms, episodes] = await Promise.all([api.get('/api/clinicians'), api.get('/api/rooms'), api.get('/api/episodes')]);
  const choice = chosen(params, clinicians, rooms);
  const subject = choice.room ? choice.room.name : choice.clinician?.displayName;
  page.append(...heading('Calendar', subject ? `${subject} · week of ${formatDate(choice.from)} · times local to the centre` : 'No clinician or room to show.'));
  page.append(toolbar(choice, clinicians, rooms));
  if (!subject) return;
  const entries = await api.get(`/api/schedule${query({
    clinicianId: choice.clinician?.username, roomId: choice.room?.id, centreId: choice.centreId, from: choice.from, days: 7,
  })}`);
  const names = new Map(episodes.map((e) => [e.id, e.childName]));
  const roomNames = new Map(rooms.map((r) => [r.id, r.name]));
  const clinicianNames = new Map(clinicians.map((c) => [c.username, c.displayName]));
  // A clinician's slots say where; a room's slots say with whom.
  const places = (e) => (choice.room
    ? clinicianNames.get(e.clinicianId) || e.clinicianId
    : e.homeVisit ? 'Home visit' : roomNames.get(e.roomId) || '');
  page.append(
    h('p', { class: 'hint' }, `${entries.length} booking${entries.length === 1 ? '' : 's'} this week.`),
    week(choice.from, entries, names, places),
  );
}
