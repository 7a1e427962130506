// The API's codes as people read them, written once: labels, badge colours, the ICD-11 subset,
// the statuses that close an episode and the assessment time points.
import { badge, humanize } from './dom.js';

export const EPISODE_STATUSES = ['open', 'assessing', 'in-treatment', 'completed', 'dropped-out', 'withdrawn'];
const CLOSED = new Set(['completed', 'dropped-out', 'withdrawn']);
export const TIME_POINTS = ['baseline', 'mid', 'end', 'follow-up'];
export const DIAGNOSES = [
  { value: '6B44', label: '6B44 Reactive attachment disorder' },
  { value: '6B45', label: '6B45 Disinhibited social engagement disorder' },
];

const LABELS = { gp: 'GP' };
const EPISODE = { open: 'info', assessing: 'info', 'in-treatment': 'ok', completed: 'neutral', 'dropped-out': 'bad', withdrawn: 'neutral' };
const SESSION = { booked: 'info', attended: 'ok', 'did-not-attend': 'bad', 'cancelled-late': 'warn', cancelled: 'neutral', rescheduled: 'neutral' };
const URGENCY = { urgent: 'bad', soon: 'warn', routine: 'neutral' };

/** "did-not-attend" → "Did not attend"; "gp" → "GP". */
export function label(code) {
  return LABELS[code] || humanize(code);
}

export function isClosed(episodeStatus) {
  return CLOSED.has(episodeStatus);
}

export const episodeStatusBadge = (status) => badge(label(status), EPISODE[status] || 'neutral');
export const sessionStatusBadge = (status) => badge(label(status), SESSION[status] || 'neutral');
export const urgencyBadge = (urgency) => badge(label(urgency), URGENCY[urgency] || 'neutral');
