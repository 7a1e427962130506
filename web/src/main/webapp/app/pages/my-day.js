// A clinician's day: their sessions of one date (?date=YYYY-MM-DD, today by default) and what needs
// their attention: overdue re-measurements and past sessions still without an outcome.
import { api, query } from '../api.js';
import { session } from '../auth.js';
import { h, heading, table, badge, formatDate, formatDateTime, formatTime, humanize, today, addDays, nowIn } from '../dom.js';
import { field } from '../forms.js';
import { sessionStatusBadge } from '../codes.js';

// "Their" episodes: those with a session of theirs in this window around today (the API allows 31 days).
const LOOK_BACK_DAYS = 24;
const WINDOW_DAYS = 31;

const dayLink = (date) => `#/my-day?date=${date}`;

export default async function render(page, params) {
  const asked = params.query.get('date');
  const date = /^\d{4}-\d{2}-\d{2}$/.test(asked || '') ? asked : today();
  // The schedule is per centre: someone working in two centres gets both, merged.
  const schedule = async (from, days) => (await Promise.all(session.centres.map((centreId) =>
    api.get(`/api/schedule${query({ clinicianId: session.username, centreId, from, days })}`)))).flat();
  const [entries, recent, episodes, rooms, overdue] = await Promise.all([
    schedule(date, 1),
    schedule(addDays(today(), -LOOK_BACK_DAYS), WINDOW_DAYS),
    api.get('/api/episodes'),
    api.get('/api/rooms').catch(() => []),
    api.get('/api/remeasurements/overdue'),
  ]);
  const child = new Map(episodes.map((e) => [e.id, e.childName]));
  const zones = new Map(episodes.map((e) => [e.id, e.timeZone]));
  const room = new Map(rooms.map((r) => [r.id, r.name]));
  const sessions = [...entries].sort((a, b) => a.localStartsAt.localeCompare(b.localStartsAt));
  const active = sessions.filter((e) => e.status !== 'cancelled' && e.status !== 'rescheduled');

  page.append(
    ...heading('My day', `${formatDate(date)} · ${active.length} session${active.length === 1 ? '' : 's'}${date === today() ? ' today' : ''}`),
    toolbar(date),
    h('div', { 'data-test': 'my-day' }, table(sessions, [
      { label: 'Time', value: (e) => `${formatTime(e.localStartsAt)}–${formatTime(e.localEndsAt)}` },
      { label: 'Child', value: (e) => h('a', { href: `#/episodes/${e.episodeId}` }, child.get(e.episodeId) || 'Episode') },
      { label: 'Where', value: (e) => (e.homeVisit ? 'Home visit' : room.get(e.roomId) || 'Room') },
      { label: 'Status', value: (e) => sessionStatusBadge(e.status) },
      { label: 'Episode', value: (e) => h('a', { href: `#/episodes/${e.episodeId}`, 'aria-label': `Open episode of ${child.get(e.episodeId) || 'this session'}` }, 'Open episode') },
    ], { caption: `Your sessions on ${formatDate(date)} (centre time)`, empty: `No sessions on ${formatDate(date)}.` })),
    needsAttention(recent, overdue, child, zones),
  );
}

function toolbar(date) {
  const picker = field({ name: 'date', label: 'Day', kind: 'date', value: date });
  // A button, not on-change: typing a year fires a change per digit.
  const show = (event) => {
    event.preventDefault();
    const chosen = picker.querySelector('input').value;
    if (chosen) location.hash = dayLink(chosen);
  };
  return h('nav', { class: 'toolbar', 'aria-label': 'Choose the day' },
    h('a', { class: 'button', href: dayLink(addDays(date, -1)) }, '← Previous day'),
    h('form', { class: 'toolbar', onsubmit: show }, picker, h('button', { type: 'submit' }, 'Show day')),
    h('a', { class: 'button', href: dayLink(today()), 'aria-current': date === today() ? 'date' : null }, 'Today'),
    h('a', { class: 'button', href: dayLink(addDays(date, 1)) }, 'Next day →'));
}

function needsAttention(recent, overdue, child, zones) {
  const mine = new Set(recent.map((e) => e.episodeId));
  const late = overdue.filter((r) => mine.has(r.episodeId));
  const othersLate = overdue.length - late.length;
  // Session times are on their centre's clock: compare with now on that clock.
  const withoutOutcome = recent.filter((e) => e.status === 'booked' && e.localStartsAt.slice(0, 16) <= nowIn(zones.get(e.episodeId)))
    .sort((a, b) => a.localStartsAt.localeCompare(b.localStartsAt));
  const items = [
    ...late.map((r) => h('li', {}, badge('Overdue', 'bad'), ' ',
      h('a', { href: `#/episodes/${r.episodeId}/assessments/new?timePoint=${encodeURIComponent(r.timePoint)}` },
        `${r.childName}: ${humanize(r.timePoint).toLowerCase()} re-measurement`),
      ` was due ${formatDate(r.dueOn)}`)),
    ...withoutOutcome.map((e) => h('li', {}, badge('No outcome', 'warn'), ' ',
      h('a', { href: `#/episodes/${e.episodeId}` }, `${child.get(e.episodeId) || 'Session'}: record the outcome`),
      ` of ${formatDateTime(e.localStartsAt)}`)),
  ];
  return h('section', { class: 'card', 'data-test': 'needs-attention', 'aria-labelledby': 'attention-title' },
    h('h2', { id: 'attention-title', class: 'clin-card-title' }, 'Needs attention'),
    h('p', { class: 'hint' }, `Your episodes: those with a session of yours between ${formatDate(addDays(today(), -LOOK_BACK_DAYS))} and ${formatDate(addDays(today(), WINDOW_DAYS - LOOK_BACK_DAYS - 1))}.`),
    items.length ? h('ul', { class: 'clin-attention' }, items) : h('p', { class: 'empty' }, 'Nothing is overdue in your episodes.'),
    othersLate > 0 ? h('p', {}, `${othersLate} more overdue re-measurement${othersLate === 1 ? '' : 's'} in your centres: `,
      h('a', { href: '#/follow-up' }, 'see At risk & overdue'), '.') : null);
}
