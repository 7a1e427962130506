// Bundles pushed to payer partners from the admin's centres: where each stands, why it failed,
// and a retry for the failed ones. The status filter lives in the URL (#/admin/deliveries?status=failed).
import { api, query } from '../api.js';
import { h, mount, heading, table, badge, humanize, notice, refresh } from '../dom.js';
import { field } from '../forms.js';
import { tagged } from '../widgets.js';

const HERE = '#/admin/deliveries';
const STATUSES = { pending: 'info', delivered: 'ok', failed: 'bad', withheld: 'warn' };
const moment = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** An ISO instant in the browser's own zone (these are machine events, not appointments). */
const when = (instant) => (instant ? moment.format(new Date(instant)) : '—');

export default async function render(page, params) {
  const status = params.query.get('status') || '';
  const limit = params.query.get('limit') || '';
  const deliveries = await api.get(`/api/admin/deliveries${query({ status, limit })}`);
  const failed = deliveries.filter((d) => d.status === 'failed').length;
  mount(page,
    ...heading('Deliveries', 'Outcome bundles pushed to payer partners from your centres, newest first. Times are in your browser’s time zone.'),
    filter(status, limit),
    failed ? h('p', { class: 'hint' }, `${failed} failed after their last retry; check the error, then retry.`) : null,
    tagged(table(deliveries, [
      { label: 'Payer', value: (d) => d.payerId },
      { label: 'Episode', value: (d) => h('code', { class: 'delivery-episode' }, d.episodeId) },
      { label: 'Event', value: (d) => [humanize(d.event), h('br'), h('small', {}, `created ${when(d.createdAt)}`)] },
      { label: 'Status', value: (d) => badge(humanize(d.status), STATUSES[d.status] || 'neutral') },
      { label: 'Attempts', class: 'num', value: (d) => String(d.attempts) },
      { label: 'Last error or reason', value: lastError },
      { label: 'Next attempt or delivered', value: progress },
      { label: 'Action', value: (d) => (d.status === 'failed' ? retryButton(d) : null) },
    ], { caption: status ? `${humanize(status)} deliveries` : 'All deliveries', empty: status ? `No ${status} deliveries.` : 'Nothing has been pushed yet.' }), 'deliveries'),
  );
}

/** The status filter: a real form so the choice is made with the keyboard, then shown in the URL. */
function filter(status, limit) {
  const options = [{ value: '', label: 'All' }, ...Object.keys(STATUSES).map((s) => ({ value: s, label: humanize(s) }))];
  return h('form', { class: 'toolbar', 'data-test': 'delivery-filter', onsubmit: (event) => {
    event.preventDefault();
    const chosen = event.target.elements.status.value;
    location.hash = `${HERE}${query({ status: chosen, limit })}`;
  } },
  field({ name: 'status', label: 'Status', kind: 'select', value: status, options }),
  h('button', { type: 'submit' }, 'Show'));
}

function lastError(d) {
  if (d.status === 'delivered' || (!d.lastError && !d.lastHttpStatus)) return '—';
  return [d.lastHttpStatus ? `HTTP ${d.lastHttpStatus}` : null, d.lastHttpStatus && d.lastError ? ': ' : null, d.lastError];
}

function progress(d) {
  if (d.deliveredAt) return `Delivered ${when(d.deliveredAt)}`;
  if (d.nextAttemptAt) return `Next attempt ${when(d.nextAttemptAt)}`;
  return '—';
}

function retryButton(delivery) {
  const button = h('button', { type: 'button', onclick: async () => {
    button.disabled = true;
    try {
      await api.post(`/api/admin/deliveries/${delivery.id}/retry`);
      notice(`The delivery to ${delivery.payerId} is queued again.`, 'ok');
      refresh();
    } catch (error) {
      notice(error.message, 'error');
      button.disabled = false;
    }
  } }, 'Retry', h('span', { class: 'visually-hidden' }, ` delivery to ${delivery.payerId}`));
  return button;
}
