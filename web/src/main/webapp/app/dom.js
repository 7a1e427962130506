// Small DOM helpers: build elements declaratively, format local dates, and show notices.
// No framework: every page is a function that renders into <main>.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(element, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      element.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    } else if (key === 'value' && 'value' in element && element.namespaceURI !== SVG_NS) {
      element.value = value;
    } else if (key === 'checked' || key === 'selected') {
      element[key] = Boolean(value);
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element: h('p', {class: 'x'}, 'text', otherNode). */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element, for charts. */
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replaces an element's content. */
export function mount(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

let counter = 0;
/** A document-unique id for label/field pairs. */
export function uid(prefix = 'id') {
  counter += 1;
  return `${prefix}-${counter}`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

// The API answers local dates ("2026-12-03") and local date-times ("2026-12-03T14:00:00") in the
// centre's time zone; they are shown as they are, never shifted to the browser's zone.
function asUtc(local) {
  return new Date(local.length === 10 ? `${local}T00:00:00Z` : `${local.slice(0, 19)}Z`);
}

/** "Thu 3 Dec 2026" from "2026-12-03" or a local date-time. */
export function formatDate(local) {
  return local ? dateFormat.format(asUtc(local)) : '—';
}

/** "Thu 3 Dec" from a local date or date-time. */
export function formatDay(local) {
  return local ? dayFormat.format(asUtc(local)) : '—';
}

/** "14:00" from a local date-time. */
export function formatTime(local) {
  return local ? local.slice(11, 16) : '—';
}

/** "Thu 3 Dec 2026, 14:00" from a local date-time. */
export function formatDateTime(local) {
  return local ? `${formatDate(local)}, ${formatTime(local)}` : '—';
}

/** An instant ("2026-12-03T23:30:00Z") as the local date it was in a zone ("2026-12-03"). */
export function localDateIn(instant, timeZone) {
  return instant ? new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant)) : null;
}

/** Now on a zone's clock as a datetime-local value ("2026-12-03T14:05"); the browser's by default. */
export function nowIn(timeZone) {
  return new Date().toLocaleString('sv-SE', { timeZone }).replace(' ', 'T').slice(0, 16);
}

/** Today as a local date in the browser's zone ("2026-12-03"). */
export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

/** A local date plus n days. */
export function addDays(localDate, days) {
  const date = asUtc(localDate.slice(0, 10));
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week a local date falls in. */
export function mondayOf(localDate) {
  const date = asUtc(localDate.slice(0, 10));
  const back = (date.getUTCDay() + 6) % 7;
  return addDays(localDate, -back);
}

/** Turns "did-not-attend" into "Did not attend". */
export function humanize(code) {
  if (!code) return '';
  const text = String(code).replace(/[-_]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A wall-clock time at a centre ("2026-12-07T10:00") as an offset date-time
 * ("2026-12-07T10:00:00+00:00") in that centre's zone, whatever the browser's zone: the API takes
 * offset date-times, and a booking keeps its local time across a change of clocks.
 */
export function withOffset(local, timeZone) {
  if (!local) return undefined;
  const wall = Date.parse(`${local.slice(0, 16)}:00Z`);
  const offset = offsetAt(wall - offsetAt(wall, timeZone), timeZone); // twice: near a change of clocks
  const minutes = Math.abs(offset) / 60000;
  const pad = (n) => String(Math.floor(n)).padStart(2, '0');
  return `${local.slice(0, 16)}:00${offset < 0 ? '-' : '+'}${pad(minutes / 60)}:${pad(minutes % 60)}`;
}

/** The zone's offset from UTC, in milliseconds, at one instant. */
function offsetAt(instant, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(instant / 1000) * 1000;
}

/** A short-lived message in the page's live region. */
export function notice(text, kind = 'info') {
  const region = document.getElementById('notices');
  const item = h('p', { class: ['notice', `notice-${kind}`] }, text,
    h('button', { type: 'button', class: 'link', 'aria-label': 'Dismiss', onclick: () => item.remove() }, '×'));
  region.append(item);
  if (kind !== 'error') setTimeout(() => item.remove(), 8000);
}

/** A page heading plus an optional line under it; moves focus there for screen readers. */
export function heading(title, subtitle) {
  document.title = `${title} · DyadCare`;
  return [h('h1', { tabindex: '-1', class: 'page-title' }, title), subtitle ? h('p', { class: 'subtitle' }, subtitle) : null];
}

/** A progress bar with its figure in words ("6 of 10 delivered"). */
export function doseBar(delivered, total, label = 'delivered') {
  const safeTotal = Math.max(total || 0, 1);
  const percent = Math.min(100, Math.round((delivered / safeTotal) * 100));
  const bar = h('span', { class: 'dose-fill' });
  bar.style.width = `${percent}%`;
  return h('span', { class: 'dose' },
    h('span', { class: 'dose-track', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': total || 0, 'aria-valuenow': delivered, 'aria-label': `${delivered} of ${total} sessions ${label}` }, bar),
    h('span', { class: 'dose-text' }, `${delivered} of ${total} ${label}`));
}

/** A table from rows and column definitions {label, value(row) → node|text, class?}. */
export function table(rows, columns, { caption, empty = 'Nothing to show.' } = {}) {
  if (!rows.length) return h('p', { class: 'empty' }, empty);
  return h('div', { class: 'table-wrap' }, h('table', {},
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.class }, c.label)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((c, i) =>
      i === 0 ? h('th', { scope: 'row', class: c.class }, c.value(row)) : h('td', { class: c.class }, c.value(row))))))));
}

/** A status word as a coloured badge. */
export function badge(text, kind = 'neutral') {
  return h('span', { class: ['badge', `badge-${kind}`] }, text);
}

/** Draws the current page again with fresh data (after a change), keeping the scroll position. */
export function refresh() {
  window.dispatchEvent(new Event('dyadcare:refresh'));
}
