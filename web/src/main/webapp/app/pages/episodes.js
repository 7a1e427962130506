// The episodes of the caller's centres: status, programme, dose progress and whether each is at
// risk or has dropped out. Filters live in the hash query so a filtered list can be linked.
import { api, query } from '../api.js';
import { h, heading, table, badge, doseBar, humanize } from '../dom.js';
import { field } from '../forms.js';
import { EPISODE_STATUSES, episodeStatusBadge, isClosed } from '../codes.js';


/**
 * Adds atRisk/atRiskReason to each episode from the server's at-risk list (one request, computed
 * where the sessions are).
 */
export async function withAtRisk(episodes) {
  const atRisk = await api.get('/api/episodes/at-risk');
  const byId = new Map(atRisk.map((a) => [a.episodeId, a]));
  return episodes.map((e) => ({ ...e, atRisk: byId.has(e.id), atRiskReason: byId.get(e.id)?.atRiskReason }));
}

/** "6 of 10 delivered" with its bar, or a dash when no programme is assigned yet. */
export function episodeDose(episode) {
  return episode.dose ? doseBar(episode.dose.attendedSessions, episode.dose.authorisedSessions) : h('span', { class: 'muted' }, 'No care plan yet');
}

/** At-risk and dropout badges, each with its reason in words. */
export function flags(episode) {
  const items = [];
  if (episode.dropout?.dropout) items.push(h('span', { class: 'flag' }, badge('Dropout', 'bad'), episode.dropout.reason ? ` ${episode.dropout.reason}` : ''));
  if (episode.atRisk) items.push(h('span', { class: 'flag' }, badge('At risk', 'warn'), episode.atRiskReason ? ` ${episode.atRiskReason}` : ''));
  return items.length ? items : '—';
}

function filterBar(status, show) {
  const navigate = () => {
    location.hash = `#/episodes${query({ status: statusSelect.value, show: showSelect.value })}`;
  };
  const statusField = field({
    name: 'status', label: 'Status', kind: 'select', value: status,
    options: [{ value: '', label: 'Any status' }, ...EPISODE_STATUSES.map((s) => ({ value: s, label: humanize(s) }))],
  });
  const showField = field({
    name: 'show', label: 'At risk / dropout', kind: 'select', value: show,
    options: [{ value: '', label: 'All episodes' }, { value: 'at-risk', label: 'At risk only' }, { value: 'dropout', label: 'Dropouts only' }],
  });
  const statusSelect = statusField.querySelector('select');
  const showSelect = showField.querySelector('select');
  // A button, not on-change: arrow keys on a closed select would reload the list on every press.
  return h('form', { class: 'toolbar', role: 'search', 'aria-label': 'Filter episodes', onsubmit: (event) => { event.preventDefault(); navigate(); } },
    statusField, showField, h('button', { type: 'submit' }, 'Show'));
}

export default async function render(page, { query: params }) {
  const status = params.get('status') || '';
  const show = params.get('show') || '';
  const [listed, programmes] = await Promise.all([
    api.get(`/api/episodes${query({ status, dropout: show === 'dropout' ? 'true' : '' })}`),
    api.get('/api/programmes').catch(() => []),
  ]);
  const names = new Map(programmes.map((p) => [p.code, p.name]));
  const episodes = await withAtRisk(listed);
  const shown = show === 'at-risk' ? episodes.filter((e) => e.atRisk) : episodes;
  page.append(
    ...heading('Episodes', `${shown.length} episode${shown.length === 1 ? '' : 's'} in your centres.`),
    filterBar(status, show),
    h('div', { 'data-test': 'episodes' }, table(shown, [
      { label: 'Child', value: (e) => h('a', { href: `#/episodes/${e.id}` }, e.childName) },
      { label: 'Status', value: (e) => episodeStatusBadge(e.status) },
      { label: 'Programme', value: (e) => (e.dose ? names.get(e.dose.programmeCode) || e.dose.programmeCode : '—') },
      { label: 'Dose', value: episodeDose },
      { label: 'At risk / dropout', value: flags },
      { label: 'Centre', value: (e) => e.centreId },
      { label: 'Booking', value: (e) => (e.dose && !isClosed(e.status) ? h('a', { href: `#/episodes/${e.id}/booking`, 'aria-label': `Book sessions for ${e.childName}` }, 'Book sessions') : '—') },
    ], { caption: 'Episodes of care', empty: 'No episodes match.' })),
  );
}
