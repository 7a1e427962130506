// One referral: the dyad, the caregiver's consents (which may be withdrawn), and, for clinicians,
// the triage decision: accept (opens the episode), decline, or redirect elsewhere first.
import { api } from '../api.js';
import { h, heading, table, badge, notice, refresh, formatDate, humanize } from '../dom.js';
import { field, form } from '../forms.js';
import { hasRole } from '../auth.js';
import { confirmAction } from '../widgets.js';
import { DIAGNOSES, label, urgencyBadge } from '../codes.js';

const STATUS_BADGE = { received: 'info', accepted: 'ok', declined: 'neutral', redirected: 'warn' };
const DESTINATIONS = ['developmental-assessment', 'community-paediatrics', 'social-care', 'other-service'];
const CONSENT_NAMES = { treatment: 'assessment and treatment', 'outcome-sharing': 'sharing outcomes with the payer' };

function facts(...pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

function card(title, ...content) {
  return h('section', { class: ['card', 'sched-card'] }, h('h2', {}, title), content);
}

/** Withdraws one consent; confirmAction shows a refusal as a notice. */
async function withdraw(referral, consent) {
  await api.post(`/api/referrals/${referral.id}/consents/${consent.kind}/withdrawal`, {});
  notice(`Consent to ${CONSENT_NAMES[consent.kind] || humanize(consent.kind)} withdrawn.`, 'ok');
  refresh();
}

function consents(referral) {
  return h('div', { 'data-test': 'consents' }, table(referral.consents, [
    { label: 'Consent to', value: (c) => humanize(CONSENT_NAMES[c.kind] || c.kind) },
    { label: 'Status', value: (c) => (c.active ? badge('Given', 'ok') : badge('Withdrawn', 'bad')) },
    { label: 'Given on', value: (c) => formatDate(c.givenOn) },
    { label: 'Withdrawn on', value: (c) => formatDate(c.withdrawnOn) },
    { label: 'Action', value: (c) => (c.active ? confirmAction({
      label: `Withdraw consent to ${CONSENT_NAMES[c.kind] || humanize(c.kind)}`,
      confirmLabel: `Yes, the caregiver withdrew consent to ${CONSENT_NAMES[c.kind] || humanize(c.kind)}`,
      run: () => withdraw(referral, c),
    }) : '—') },
  ], { caption: 'The caregiver’s consents', empty: 'No consent was recorded.' }));
}

/** Accept, decline or redirect: only clinicians decide, and only while the referral is open. */
function decisions(referral) {
  const path = `/api/referrals/${referral.id}`;
  const decided = (text) => { notice(text, 'ok'); refresh(); };
  const accept = form({
    submitLabel: 'Accept and open episode',
    onSubmit: async (values) => {
      const episode = await api.post(`${path}/acceptance`, values);
      notice(`Referral accepted; episode opened with ${episode.diagnosis?.code || 'a'} provisional diagnosis.`, 'ok');
      location.hash = `#/episodes/${episode.id}`;
    },
  }, field({ name: 'diagnosisCode', label: 'Provisional diagnosis (ICD-11)', kind: 'select', value: '6B44', options: DIAGNOSES }));
  accept.dataset.test = 'accept-referral';
  const decline = form({
    draft: `decline-${referral.id}`,
    submitLabel: 'Decline referral',
    onSubmit: async (values) => {
      await api.post(`${path}/decline`, values);
      decided('Referral declined.');
    },
  }, field({ name: 'reason', label: 'Reason for declining', kind: 'textarea', required: true, maxlength: 1000 }));
  decline.dataset.test = 'decline-referral';
  const redirect = form({
    draft: `redirect-${referral.id}`,
    submitLabel: 'Redirect referral',
    onSubmit: async (values) => {
      await api.post(`${path}/redirection`, values);
      decided('Referral redirected.');
    },
  },
  field({ name: 'destination', label: 'Redirect to', kind: 'select', required: true, options: DESTINATIONS.map((d) => ({ value: d, label: humanize(d) })) }),
  field({ name: 'reason', label: 'Reason for redirecting', kind: 'textarea', required: true, maxlength: 1000 }));
  redirect.dataset.test = 'redirect-referral';
  return h('div', { class: 'grid' }, card('Accept', accept), card('Decline', decline), card('Redirect', redirect));
}

export default async function render(page, { id }) {
  const referral = await api.get(`/api/referrals/${id}`);
  // The referral does not name its episode; the episode names its referral.
  const episode = referral.status === 'accepted'
    ? (await api.get('/api/episodes').catch(() => [])).find((e) => e.referralId === referral.id)
    : null;
  const { child, caregiver } = referral;
  const concerns = [referral.safeguardingConcern && badge('Safeguarding', 'bad'), referral.developmentalConcern && badge('Developmental', 'warn')].filter(Boolean);
  page.append(
    ...heading(`Referral: ${child.givenName} ${child.familyName}`, `Received ${formatDate(referral.receivedAt)} at centre ${referral.centreId}.`),
    h('p', {}, h('a', { href: '#/waiting-list' }, 'Back to the waiting list'),
      episode ? [' · ', h('a', { href: `#/episodes/${episode.id}` }, 'Open the episode')] : null),
    ...(referral.notices || []).map((text) => h('p', { class: 'notice notice-warning' }, text)),
    h('div', { class: 'grid', 'data-test': 'referral' },
      card('Referral', facts(
        ['Status', badge(humanize(referral.status), STATUS_BADGE[referral.status] || 'neutral')],
        ['Urgency', urgencyBadge(referral.urgency)],
        ['Referred by', label(referral.source)],
        ['Reason', referral.reason],
        ['Concerns', concerns.length ? concerns : 'None'],
        ['Payer', `${referral.payerId} · member ${referral.memberId}`],
        ['Decided', referral.decidedAt ? formatDate(referral.decidedAt) : null],
        ['Decision reason', referral.decisionReason],
        ['Redirected to', referral.redirectedTo ? humanize(referral.redirectedTo) : null])),
      card('Child', facts(
        ['Name', `${child.givenName} ${child.familyName}`],
        ['Health number', child.identifier],
        ['Date of birth', formatDate(child.birthDate)])),
      card('Caregiver', facts(['Name', caregiver.name], ['Relationship', humanize(caregiver.relationship)]))),
    h('h2', {}, 'Consents'),
    consents(referral),
  );
  if (referral.status === 'received' && hasRole('clinician')) {
    page.append(h('h2', {}, 'Triage decision'), decisions(referral));
  }
}
