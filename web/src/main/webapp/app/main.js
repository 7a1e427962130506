// Starts the application: signs in, draws the role's navigation and renders the page of the URL's
// hash (#/episodes/…). Pages load on first use.
import { start, session, signIn, signOut, hasRole } from './auth.js';
import { h, mount, heading } from './dom.js';
import { ApiError } from './api.js';

const CLINICIAN = 'clinician';
const SCHEDULER = 'scheduler';
const ADMIN = 'centre-admin';
const STAFF = [CLINICIAN, SCHEDULER];

/** Path pattern, who may open it, and the page module that draws it. */
const routes = [
  { path: '/my-day', roles: [CLINICIAN], page: () => import('./pages/my-day.js') },
  { path: '/waiting-list', roles: STAFF, page: () => import('./pages/waiting-list.js') },
  { path: '/referrals/new', roles: STAFF, page: () => import('./pages/referral-new.js') },
  { path: '/referrals/:id', roles: STAFF, page: () => import('./pages/referral.js') },
  { path: '/episodes', roles: STAFF, page: () => import('./pages/episodes.js') },
  { path: '/episodes/:id', roles: STAFF, page: () => import('./pages/episode.js') },
  { path: '/episodes/:id/booking', roles: STAFF, page: () => import('./pages/booking.js') },
  { path: '/episodes/:id/assessments/new', roles: [CLINICIAN], page: () => import('./pages/assessment.js') },
  { path: '/episodes/:id/outcomes', roles: [CLINICIAN], page: () => import('./pages/outcomes.js') },
  { path: '/calendar', roles: STAFF, page: () => import('./pages/calendar.js') },
  { path: '/follow-up', roles: STAFF, page: () => import('./pages/follow-up.js') },
  { path: '/admin/staff', roles: [ADMIN], page: () => import('./pages/admin-staff.js') },
  { path: '/admin/rooms', roles: [ADMIN], page: () => import('./pages/admin-rooms.js') },
  { path: '/admin/catalogues', roles: [ADMIN], page: () => import('./pages/admin-catalogues.js') },
  { path: '/admin/payers', roles: [ADMIN], page: () => import('./pages/admin-payers.js') },
  { path: '/admin/deliveries', roles: [ADMIN], page: () => import('./pages/admin-deliveries.js') },
];

const navigation = [
  { href: '#/my-day', label: 'My day', roles: [CLINICIAN] },
  { href: '#/waiting-list', label: 'Waiting list', roles: STAFF },
  { href: '#/episodes', label: 'Episodes', roles: STAFF },
  { href: '#/calendar', label: 'Calendar', roles: STAFF },
  { href: '#/follow-up', label: 'At risk & overdue', roles: STAFF },
  { href: '#/admin/staff', label: 'Staff', roles: [ADMIN] },
  { href: '#/admin/rooms', label: 'Rooms', roles: [ADMIN] },
  { href: '#/admin/catalogues', label: 'Catalogues', roles: [ADMIN] },
  { href: '#/admin/payers', label: 'Payer partners', roles: [ADMIN] },
  { href: '#/admin/deliveries', label: 'Deliveries', roles: [ADMIN] },
];

function home() {
  if (hasRole(CLINICIAN)) return '#/my-day';
  if (hasRole(SCHEDULER)) return '#/waiting-list';
  return '#/admin/staff';
}

function match(hash) {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  for (const route of routes) {
    const names = [];
    const pattern = new RegExp(`^${route.path.replace(/:(\w+)/g, (_, name) => { names.push(name); return '([^/]+)'; })}$`);
    const found = path.match(pattern);
    if (found) {
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      params.query = new URLSearchParams(hash.split('?')[1] || '');
      return { route, params };
    }
  }
  return null;
}

function drawNavigation() {
  const current = location.hash.split('?')[0];
  mount(document.getElementById('nav'), h('ul', {}, navigation.filter((item) => hasRole(...item.roles)).map((item) =>
    h('li', {}, h('a', { href: item.href, 'aria-current': current.startsWith(item.href) ? 'page' : null }, item.label)))));
  mount(document.getElementById('who'),
    h('span', { class: 'who-name' }, session.name, h('span', { class: 'who-role' }, ` · ${session.roles.join(', ')} · ${session.centres.join(', ')}`)),
    h('button', { type: 'button', class: 'secondary', onclick: signOut }, 'Sign out'));
}

let rendering = 0;
async function render() {
  const main = document.getElementById('main');
  delete main.dataset.renderedInMs;
  if (!location.hash || location.hash === '#/') { location.replace(home()); return; }
  drawNavigation();
  let found = null;
  try {
    found = match(location.hash);
  } catch {
    // a malformed %-escape in the address: treated as a page that does not exist
  }
  const ticket = ++rendering;
  const started = performance.now();
  // Marks the page as drawn and how long it took from the route to its data on screen (the
  // browser tests wait for this mark and print the figures).
  const drawn = (...content) => {
    mount(main, ...content);
    main.dataset.renderedInMs = String(Math.round(performance.now() - started));
    main.querySelector('h1')?.focus();
  };
  if (!found) { drawn(heading('Page not found'), h('p', {}, h('a', { href: home() }, 'Go to your start page'))); return; }
  if (!hasRole(...found.route.roles)) {
    drawn(heading('Not available for your role'),
      h('p', {}, `This page is for ${found.route.roles.join(' or ')} staff; you are signed in as ${session.roles.join(', ')}.`),
      h('p', {}, h('a', { href: home() }, 'Go to your start page')));
    return;
  }
  mount(main, h('p', { class: 'loading' }, 'Loading…'));
  try {
    const module = await found.route.page();
    const content = h('div', { class: 'page' });
    await module.default(content, found.params);
    if (ticket === rendering) drawn(content); // else the user moved on meanwhile
  } catch (error) {
    if (ticket === rendering) drawn(...problemPage(error));
  }
}

function problemPage(error) {
  if (error instanceof ApiError && error.status === 404) return [heading('Not found'), h('p', {}, error.message)];
  if (error instanceof ApiError && error.status === 403) return [heading('Not available for your role'), h('p', {}, error.message)];
  if (error instanceof ApiError && error.status === 401) return [heading('Signing you in again…')];
  return [heading('Something went wrong'), h('p', {}, error.message), h('p', {}, h('button', { type: 'button', onclick: render }, 'Try again'))];
}

function signedOutPage(refused) {
  const main = document.getElementById('main');
  mount(main, ...(refused
    ? [heading('This application is for centre staff'),
      h('p', {}, 'Your account has no clinician, scheduler or centre-admin role, so you were signed out again. Payers receive outcome data through the FHIR API (see the payer guide).')]
    : [heading('You have signed out'), h('p', {}, 'Your session has ended on this device.')]),
  h('p', {}, h('button', { type: 'button', class: 'primary', onclick: signIn }, 'Sign in')));
}

const state = await start().catch((error) => {
  mount(document.getElementById('main'), heading('Cannot reach the sign-in service'), h('p', {}, error.message || String(error)));
  return 'failed';
});
// The skip link moves focus to the content without touching the address (the router owns it).
document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main').focus();
});

if (state === 'signed-in') {
  window.addEventListener('hashchange', render);
  window.addEventListener('dyadcare:refresh', () => {
    const y = window.scrollY;
    render().then(() => window.scrollTo(0, y));
  });
  render();
} else if (state === 'signed-out' || state === 'refused') {
  signedOutPage(state === 'refused');
}
