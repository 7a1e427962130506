// Who needs following up: episodes at risk of dropping out (or already counted as dropouts), and
// re-measurements that are past due, most overdue first.
import { api } from '../api.js';
import { h, heading, table, badge, formatDate, humanize, today } from '../dom.js';
import { hasRole } from '../auth.js';
import { withAtRisk, episodeDose } from './episodes.js';

const DAY = 86400000;

/** Whole days from a local due date to today. */
function daysLate(dueOn) {
  return Math.max(0, Math.round((Date.parse(`${today()}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / DAY));
}

function flagBadges(episode) {
  return [episode.dropout?.dropout ? badge('Dropout', 'bad') : null, episode.atRisk ? badge('At risk', 'warn') : null].filter(Boolean);
}

function reasons(episode) {
  return [episode.atRisk ? episode.atRiskReason : null, episode.dropout?.dropout ? episode.dropout.reason : null].filter(Boolean).join('; ') || '—';
}

export default async function render(page) {
  const [listed, overdue] = await Promise.all([api.get('/api/episodes'), api.get('/api/remeasurements/overdue')]);
  const episodes = await withAtRisk(listed);
  const flagged = episodes.filter((e) => e.atRisk || e.dropout?.dropout);
  const clinician = hasRole('clinician');
  page.append(
    ...heading('At risk & overdue', 'Episodes that need a call to the family, and measurements that are late.'),
    h('section', { 'data-test': 'at-risk', 'aria-labelledby': 'follow-up-risk' },
      h('h2', { id: 'follow-up-risk' }, `At risk or dropped out (${flagged.length})`),
      table(flagged, [
        { label: 'Child', value: (e) => h('a', { href: `#/episodes/${e.id}` }, e.childName) },
        { label: 'Flag', value: flagBadges },
        { label: 'Why', value: reasons },
        { label: 'Dose', value: episodeDose },
        { label: 'Centre', value: (e) => e.centreId },
      ], { caption: 'Episodes at risk or counted as dropouts', empty: 'No episode is at risk.' })),
    h('section', { 'data-test': 'overdue', 'aria-labelledby': 'follow-up-overdue' },
      h('h2', { id: 'follow-up-overdue' }, `Overdue re-measurements (${overdue.length})`),
      table(overdue, [
        { label: 'Child', value: (m) => h('a', { href: `#/episodes/${m.episodeId}` }, m.childName) },
        { label: 'Time point', value: (m) => humanize(m.timePoint) },
        { label: 'Due on', value: (m) => formatDate(m.dueOn) },
        { label: 'How late', class: 'num', value: (m) => { const days = daysLate(m.dueOn); return `${days} day${days === 1 ? '' : 's'}`; } },
        { label: 'Centre', value: (m) => m.centreId },
        clinician ? { label: 'Action', value: (m) => h('a', { href: `#/episodes/${m.episodeId}/assessments/new`, 'aria-label': `Record the ${humanize(m.timePoint).toLowerCase()} assessment for ${m.childName}` }, 'Record assessment') } : null,
      ].filter(Boolean), { caption: 'Re-measurements past due, most overdue first', empty: 'No re-measurement is overdue.' })),
  );
}
