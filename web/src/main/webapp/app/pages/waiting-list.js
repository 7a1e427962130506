// The referral waiting list: open referrals, most urgent first, then the longest waiting.
import { api } from '../api.js';
import { h, heading, table, badge, formatDate } from '../dom.js';
import { label, urgencyBadge } from '../codes.js';


export default async function render(page) {
  const entries = await api.get('/api/referrals/waiting-list');
  page.append(
    ...heading('Waiting list', `${entries.length} open referral${entries.length === 1 ? '' : 's'} in your centres, most urgent first, then the longest waiting.`),
    h('div', { class: 'toolbar' }, h('a', { class: 'button primary', href: '#/referrals/new' }, 'Register a referral')),
    h('div', { 'data-test': 'waiting-list' }, table(entries, [
      { label: 'Child', value: (e) => h('a', { href: `#/referrals/${e.referralId}` }, e.childName) },
      { label: 'Born', value: (e) => formatDate(e.childBirthDate) },
      { label: 'Urgency', value: (e) => urgencyBadge(e.urgency) },
      { label: 'Days waiting', class: 'num', value: (e) => String(e.daysWaiting) },
      { label: 'Concerns', value: (e) => [e.safeguardingConcern ? badge('Safeguarding', 'bad') : null, ' ', e.developmentalConcern ? badge('Developmental', 'warn') : null] },
      { label: 'Source', value: (e) => label(e.source) },
      { label: 'Centre', value: (e) => e.centreId },
    ], { caption: 'Open referrals', empty: 'No one is waiting.' })),
  );
}
