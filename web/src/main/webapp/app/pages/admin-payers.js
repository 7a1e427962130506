// Payer partners: the organisations that receive outcome data over FHIR, each with a Keycloak
// machine client. Their secret is shown once, when the partner is added or the secret rotated.
import { api } from '../api.js';
import { h, mount, heading, table, badge, notice, refresh } from '../dom.js';
import { field, form } from '../forms.js';
import { confirmAction, focusLater, revealOnce, tagged } from '../widgets.js';

let issued = null; // the last credentials answered: shown on the next render only

export default async function render(page) {
  const partners = await api.get('/api/admin/payer-partners');
  const shown = issued;
  issued = null;
  mount(page,
    ...heading('Payer partners', 'Organisations that receive outcome data for the members they cover, with the caregiver’s consent.'),
    shown ? revealOnce({
      test: 'payer-secret',
      title: `Client credentials for ${shown.name}`,
      facts: [['Client ID', shown.clientId], ['Client secret', shown.clientSecret], ['Token URL', shown.tokenUrl]],
      advice: 'The secret is shown this once only. Send it to the partner’s technical contact through a secure channel, separately from the client ID; if it is lost, rotate it.',
    }) : null,
    tagged(table(partners, [
      { label: 'Partner', value: (p) => [p.name, h('br'), h('small', {}, p.id)] },
      { label: 'Client ID', value: (p) => h('code', {}, p.clientId) },
      { label: 'Status', value: (p) => (p.active ? badge('Active', 'ok') : badge('Deactivated', 'neutral')) },
      { label: 'Actions', value: actions },
    ], { caption: 'Payer partners', empty: 'No payer partners yet.' }), 'payers'),
    h('h2', {}, 'Add a payer partner'),
    h('p', { class: 'hint' }, 'Creates the partner’s machine client in Keycloak. Its covered members are the referrals that name it as payer.'),
    tagged(form({ draft: 'admin-add-payer', submitLabel: 'Add payer partner', class: 'inline', onSubmit: async (values) => {
      const credentials = await api.post('/api/admin/payer-partners', values);
      issued = { ...credentials, name: values.name };
      notice(`${values.name} is added; copy its client secret now.`, 'ok');
      refresh();
    } },
    field({ name: 'id', label: 'Partner ID', required: true, hint: '2–32 lower-case letters, digits, ".", "_" or "-"; referrals name the payer by it' }),
    field({ name: 'name', label: 'Name', required: true, maxlength: 200 })), 'add-payer'),
  );
  focusLater(page.querySelector('.reveal-once h2'));
}

function actions(partner) {
  if (!partner.active) return h('span', { class: 'hint' }, 'No tokens or data any more');
  const path = `/api/admin/payer-partners/${encodeURIComponent(partner.id)}`;
  return h('div', { class: 'row-actions' },
    confirmAction({ label: 'Rotate secret', confirmLabel: `Yes, rotate the secret of ${partner.name}`, run: async () => {
      issued = { ...(await api.post(`${path}/secret`)), name: partner.name };
      notice(`${partner.name} has a new secret; the old one and its tokens no longer work.`, 'ok');
      refresh();
    } }),
    confirmAction({ label: 'Deactivate', confirmLabel: `Yes, deactivate ${partner.name}`, run: async () => {
      await api.post(`${path}/deactivation`);
      notice(`${partner.name} is deactivated: no more tokens or data.`, 'ok');
      refresh();
    } }));
}
