// Booking for one episode: the free-slot finder, one session, or a whole series. The server checks
// every clash; its refusals are shown where they happened, with free alternatives for a series.
import { api, query, ApiError } from '../api.js';
import { h, heading, mount, uid, doseBar, badge, humanize, notice, refresh, formatDate, formatDateTime, addDays, today, withOffset } from '../dom.js';
import { field, form } from '../forms.js';
import { session } from '../auth.js';
import { episodeStatusBadge } from '../codes.js';

// The server's hint that only the programme's minimum interval stood in the way.
const INTERVAL_PROBLEM = 'overrideIntervalReason';

/** Days between sessions: weekly when the programme allows it, else its minimum interval. */
function cadence(programme) {
  if (!programme) return 7;
  return programme.intervalMinDays <= 7 && 7 <= programme.intervalMaxDays ? 7 : programme.intervalMinDays;
}

function carePlanMissing(error) {
  if (error instanceof ApiError && error.status === 409) return null;
  throw error;
}

/** A field hidden (and left out of the values) until the server asks for it. */
function overrideField() {
  const wrapper = field({
    name: 'overrideIntervalReason', label: 'Reason to book closer than the minimum interval', kind: 'textarea',
    hint: 'The programme’s minimum interval between sessions is not met. To book anyway, give a reason; it is audited.',
  });
  wrapper.hidden = true;
  wrapper.querySelector('textarea').disabled = true;
  return wrapper;
}

function offerOverride(error, wrapper) {
  const asks = (text) => String(text).includes(INTERVAL_PROBLEM);
  if (!(error instanceof ApiError) || !(asks(error.message) || error.conflicts.some((c) => c.problems.some(asks)))) return;
  wrapper.hidden = false;
  wrapper.querySelector('textarea').disabled = false;
}

function setTime(wrapper, local) {
  const input = wrapper.querySelector('input');
  input.value = local.slice(0, 16);
  return input;
}

export default async function render(page, { id }) {
  const episode = await api.get(`/api/episodes/${id}`);
  const [dose, clinicians, rooms, sessions, programme] = await Promise.all([
    api.get(`/api/episodes/${id}/dose`).catch(carePlanMissing),
    api.get('/api/clinicians'),
    api.get('/api/rooms'),
    api.get(`/api/episodes/${id}/sessions`),
    episode.dose ? api.get(`/api/programmes/${encodeURIComponent(episode.dose.programmeCode)}`).catch(() => null) : null,
  ]);
  const back = h('p', {}, h('a', { href: `#/episodes/${id}` }, `Back to ${episode.childName}’s episode`));
  page.append(...heading(`Book sessions: ${episode.childName}`, `Episode at centre ${episode.centreId}.`), back);
  const head = h('dl', { class: 'facts' },
    h('dt', {}, 'Status'), h('dd', {}, episodeStatusBadge(episode.status)),
    h('dt', {}, 'Programme'), h('dd', {}, programme?.name || episode.dose?.programmeCode || '—'),
    h('dt', {}, 'Dose'), h('dd', {}, dose ? [doseBar(dose.delivered, dose.authorised), ` · ${dose.booked} booked`] : '—'),
    dose?.projectedEnd ? [h('dt', {}, 'Projected end'), h('dd', {}, formatDate(dose.projectedEnd))] : null,
    dose?.atRisk ? [h('dt', {}, 'At risk'), h('dd', {}, badge('At risk', 'warn'), ` ${dose.atRiskReason || ''}`)] : null);
  page.append(h('section', { class: 'card', 'aria-label': 'Episode' }, head));
  if (!dose) {
    page.append(h('p', { class: 'empty' }, 'This episode has no care plan yet: a clinician assigns a programme before sessions can be booked.'));
    return;
  }
  if (episode.status !== 'in-treatment') {
    page.append(h('p', { class: 'hint' }, badge(humanize(episode.status), 'info'), ' Sessions are booked for episodes in treatment; the server will say so if this one is not.'));
  }

  // The centre's zone comes with its bookings and free slots; until one is seen, the device's zone stands in.
  // Times are typed and shown on the centre's clock, which the episode names.
  let zone = episode.timeZone || sessions.find((s) => s.timeZone)?.timeZone || null;
  const zoneName = () => zone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zoneNote = h('p', { class: 'hint' });
  const showZone = () => {
    zoneNote.textContent = zone ? `All times are local to the centre (${zone}).` : `All times are taken as ${zoneName()} (this device’s zone); the centre’s zone is not known yet.`;
  };

  // Who and where, shared by the finder and both booking forms.
  const mine = clinicians.filter((c) => c.centres.includes(episode.centreId));
  const places = rooms.filter((r) => r.active && r.centreId === episode.centreId);
  const who = field({
    name: 'clinicianId', label: 'Clinician', kind: 'select',
    value: mine.some((c) => c.username === session.username) ? session.username : mine[0]?.username,
    options: mine.map((c) => ({ value: c.username, label: c.displayName })),
  });
  const where = field({
    name: 'place', label: 'Room or home visit', kind: 'select',
    options: [...places.map((r) => ({ value: r.id, label: r.name })), { value: 'home', label: 'Home visit' }],
  });
  const choice = () => {
    const clinicianId = who.querySelector('select').value || undefined;
    const place = where.querySelector('select').value;
    return place === 'home' ? { clinicianId, homeVisit: true } : { clinicianId, roomId: place || undefined };
  };

  // (2) One session.
  const startsAt = field({ name: 'startsAt', label: 'Starts at', kind: 'datetime-local', required: true });
  const singleOverride = overrideField();
  const single = form({
    draft: `book-${id}`,
    submitLabel: 'Book session',
    onSubmit: async (values) => {
      try {
        const booked = await api.post(`/api/episodes/${id}/sessions`, { ...choice(), ...values, startsAt: withOffset(values.startsAt, zoneName()) });
        notice(`Booked session ${booked.number ?? ''} of ${booked.of ?? dose.authorised} on ${formatDateTime(booked.localStartsAt)}.`, 'ok');
        refresh();
      } catch (error) {
        offerOverride(error, singleOverride);
        throw error;
      }
    },
  }, startsAt, field({ name: 'durationMinutes', label: 'Length in minutes', kind: 'number', min: 15, step: 5, hint: 'The programme’s session length when left empty.' }), singleOverride);
  single.dataset.test = 'book-session';

  // (3) A whole series, all or nothing.
  const firstStartsAt = field({ name: 'firstStartsAt', label: 'First session starts at', kind: 'datetime-local', required: true });
  const seriesOverride = overrideField();
  const conflicts = h('div', { class: 'conflicts', 'data-test': 'series-conflicts', hidden: true, tabindex: '-1' });
  const useAlternative = (occurrence, local) => {
    const input = setTime(occurrence === 1 ? firstStartsAt : startsAt, local);
    input.focus();
    notice(occurrence === 1 ? `The series now starts ${formatDateTime(local)}.` : `${formatDateTime(local)} is in “Book one session”.`, 'info');
  };
  const drawConflicts = (list) => {
    conflicts.hidden = !list.length;
    mount(conflicts, list.length ? [
      h('p', {}, h('strong', {}, `${list.length} date${list.length === 1 ? '' : 's'} clash.`),
        ' A free time for session 1 becomes the series’ first date; a free time for a later session goes into “Book one session”, to book that date on its own.'),
      h('ul', {}, list.map((c) => h('li', {},
        h('strong', {}, `Session ${c.occurrence}: ${formatDateTime(c.localStartsAt)}`),
        h('ul', {}, c.problems.map((p) => h('li', {}, p))),
        c.alternatives.length
          ? h('p', { class: 'alternatives' }, 'Free instead: ', c.alternatives.map((a) => h('button', {
            type: 'button', 'aria-label': `Use ${formatDateTime(a)} for session ${c.occurrence}`, onclick: () => useAlternative(c.occurrence, a),
          }, formatDateTime(a))))
          : h('p', {}, 'No free time near this date.')))),
    ] : []);
  };
  // "booked" counts future bookings only; delivered sessions are part of the dose too.
  const notBooked = Math.max(0, dose.authorised - dose.delivered - dose.booked);
  const unbooked = Math.max(1, notBooked);
  const series = form({
    draft: `series-${id}`,
    submitLabel: 'Book series',
    onSubmit: async (values) => {
      drawConflicts([]);
      try {
        const booked = await api.post(`/api/episodes/${id}/sessions/series`, { ...choice(), ...values, firstStartsAt: withOffset(values.firstStartsAt, zoneName()) });
        notice(`Booked ${booked.length} session${booked.length === 1 ? '' : 's'}, from ${formatDateTime(booked[0]?.localStartsAt)}.`, 'ok');
        location.hash = `#/episodes/${id}`;
      } catch (error) {
        if (error instanceof ApiError && error.conflicts.length) {
          drawConflicts(error.conflicts);
          // After the form has shown its message: the clashes are what the scheduler acts on.
          setTimeout(() => conflicts.focus());
        }
        offerOverride(error, seriesOverride);
        throw error;
      }
    },
  }, conflicts, firstStartsAt,
  field({ name: 'count', label: 'Number of sessions', kind: 'number', value: unbooked, min: 1, max: 60, required: true, hint: `${notBooked} of the dose are not booked yet.` }),
  field({ name: 'intervalDays', label: 'Days between sessions', kind: 'number', value: cadence(programme), min: 1, max: 90, hint: programme ? `The programme allows ${programme.intervalMinDays}–${programme.intervalMaxDays} days.` : null }),
  seriesOverride);
  series.dataset.test = 'book-series';

  // (1) The free-slot finder: picking a slot puts it into both forms.
  const slotList = h('div', { 'data-test': 'free-slot-list', 'aria-live': 'polite' });
  const drawSlots = (slots) => {
    zone = slots.find((s) => s.timeZone)?.timeZone || zone;
    showZone();
    if (!slots.length) { mount(slotList, h('p', { class: 'empty' }, 'No free slots found for this clinician and place.')); return; }
    const group = uid('slot');
    mount(slotList, h('fieldset', { class: 'slot-choices' }, h('legend', {}, 'Free slots: choose one to fill the forms below'),
      slots.map((slot) => h('label', { class: 'slot-choice' }, h('input', {
        type: 'radio', name: group, value: slot.localStartsAt,
        onchange: () => { setTime(startsAt, slot.localStartsAt); setTime(firstStartsAt, slot.localStartsAt); },
      }), ` ${formatDateTime(slot.localStartsAt)}`))));
  };
  const findSlots = async (values = {}) => {
    const { clinicianId, roomId, homeVisit } = choice();
    drawSlots(await api.get(`/api/episodes/${id}/free-slots${query({ clinicianId, roomId, homeVisit, from: values.from, count: values.count })}`));
  };
  const finder = form({ submitLabel: 'Find free slots', class: 'inline', onSubmit: findSlots },
    field({ name: 'from', label: 'From', kind: 'date', value: addDays(today(), 1) }),
    field({ name: 'count', label: 'How many', kind: 'number', value: 5, min: 1, max: 60 }));
  finder.dataset.test = 'free-slots';
  // A first look with the defaults, which also tells the centre's zone.
  await findSlots({ count: 5 }).catch((error) => mount(slotList, h('p', { class: 'form-error' }, error.message)));
  showZone();

  page.append(
    h('section', { class: ['card', 'sched-card'], 'aria-labelledby': 'booking-who' }, h('h2', { id: 'booking-who' }, 'Clinician and place'),
      h('div', { class: 'form inline' }, who, where), zoneNote),
    h('section', { class: ['card', 'sched-card'], 'aria-labelledby': 'booking-find' }, h('h2', { id: 'booking-find' }, 'Find free slots'), finder, slotList),
    h('div', { class: 'grid' },
      h('section', { class: ['card', 'sched-card'], 'aria-labelledby': 'booking-one' }, h('h2', { id: 'booking-one' }, 'Book one session'), single),
      h('section', { class: ['card', 'sched-card'], 'aria-labelledby': 'booking-series' }, h('h2', { id: 'booking-series' }, 'Book a series'), series)),
  );
}
