// Registering a referral for a dyad. The API takes nested JSON (child, caregiver, consents); the
// form's field names are the last segments of the server's error paths (child.birthDate →
// birthDate), so every refusal lands by its field.
import { api } from '../api.js';
import { h, heading, notice } from '../dom.js';
import { field, form } from '../forms.js';
import { session } from '../auth.js';
import { label } from '../codes.js';

const SOURCES = ['health-visitor', 'gp', 'social-care', 'early-years-setting', 'paediatrician', 'self', 'other'];
const RELATIONSHIPS = ['mother', 'father', 'foster-carer', 'adoptive-parent', 'kinship-carer', 'other'];
const URGENCIES = ['routine', 'soon', 'urgent'];

const choose = (codes, blank) => [...(blank ? [{ value: '', label: blank }] : []), ...codes.map((c) => ({ value: c, label: label(c) }))];

function group(legend, ...fields) {
  return h('fieldset', { class: 'group' }, h('legend', {}, legend), fields);
}

/** The flat form values as the nested request the API expects. */
export function referralRequest(v) {
  return {
    centreId: v.centreId,
    child: { identifier: v.identifier, givenName: v.givenName, familyName: v.familyName, birthDate: v.birthDate },
    caregiver: { name: v.name, relationship: v.relationship },
    source: v.source,
    reason: v.reason,
    urgency: v.urgency,
    safeguardingConcern: v.safeguardingConcern,
    developmentalConcern: v.developmentalConcern,
    payerId: v.payerId,
    memberId: v.memberId,
    consents: { treatment: v.treatment, outcomeSharing: v.outcomeSharing, givenOn: v.givenOn },
  };
}

export default async function render(page) {
  const centres = session.centres;
  page.append(
    ...heading('Register a referral', 'The child and caregiver form the dyad; a repeat referral of a known child is linked to their record.'),
    h('p', {}, h('a', { href: '#/waiting-list' }, 'Back to the waiting list')),
  );
  const referral = form({
    draft: 'referral-new',
    submitLabel: 'Register referral',
    cancel: () => { location.hash = '#/waiting-list'; },
    onSubmit: async (values) => {
      const created = await api.post('/api/referrals', referralRequest(values));
      notice(`Referral for ${created.child.givenName} ${created.child.familyName} registered.`, 'ok');
      (created.notices || []).forEach((text) => notice(text, 'warning'));
      location.hash = `#/referrals/${created.id}`;
    },
  },
  centres.length > 1
    ? field({ name: 'centreId', label: 'Centre', kind: 'select', required: true, options: [{ value: '', label: 'Choose a centre' }, ...centres.map((c) => ({ value: c, label: c }))] })
    : null,
  group('Child',
    field({ name: 'identifier', label: 'Health number', required: true, maxlength: 64, hint: 'E.g. the national health number; it recognises a child referred before.' }),
    field({ name: 'givenName', label: 'Given name', required: true, maxlength: 200 }),
    field({ name: 'familyName', label: 'Family name', required: true, maxlength: 200 }),
    field({ name: 'birthDate', label: 'Date of birth', kind: 'date', required: true })),
  group('Caregiver',
    field({ name: 'name', label: 'Caregiver’s full name', required: true, maxlength: 200 }),
    field({ name: 'relationship', label: 'Relationship to the child', kind: 'select', required: true, options: choose(RELATIONSHIPS, 'Choose…') })),
  group('Referral',
    field({ name: 'source', label: 'Referred by', kind: 'select', required: true, options: choose(SOURCES, 'Choose…') }),
    field({ name: 'urgency', label: 'Urgency', kind: 'select', value: 'routine', options: choose(URGENCIES) }),
    field({ name: 'reason', label: 'Reason for referral', kind: 'textarea', required: true, maxlength: 4000 }),
    field({ name: 'safeguardingConcern', label: 'Safeguarding concern', kind: 'checkbox', hint: 'A developmental assessment is then required before a programme is assigned.' }),
    field({ name: 'developmentalConcern', label: 'Possible developmental condition', kind: 'checkbox', hint: 'A developmental assessment is then required before a programme is assigned.' })),
  group('Payer',
    field({ name: 'payerId', label: 'Payer', required: true, maxlength: 64, hint: 'The payer partner’s id, e.g. northwind.' }),
    field({ name: 'memberId', label: 'Member number', required: true, maxlength: 64 })),
  group('Caregiver’s consent',
    field({ name: 'treatment', label: 'Consents to assessment and treatment', kind: 'checkbox', hint: 'Needed before the referral can be accepted.' }),
    field({ name: 'outcomeSharing', label: 'Consents to sharing outcome data with the payer', kind: 'checkbox' }),
    field({ name: 'givenOn', label: 'Consent given on', kind: 'date', hint: 'Today when left empty.' })));
  referral.dataset.test = 'referral-new';
  page.append(referral);
}
