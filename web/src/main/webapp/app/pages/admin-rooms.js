// The rooms of the admin's centres, and adding one. Sessions are booked into these rooms.
import { api } from '../api.js';
import { session } from '../auth.js';
import { h, mount, heading, table, badge, notice, refresh } from '../dom.js';
import { field, form } from '../forms.js';
import { tagged } from '../widgets.js';

export default async function render(page) {
  const [rooms, allCentres] = await Promise.all([api.get('/api/rooms'), api.get('/api/admin/centres')]);
  const centres = allCentres.filter((c) => session.centres.includes(c.id));
  const centreName = (id) => centres.find((c) => c.id === id)?.name || id;
  mount(page,
    ...heading('Rooms', `${rooms.length} room${rooms.length === 1 ? '' : 's'} in your centres; schedulers book sessions into them.`),
    tagged(table(rooms, [
      { label: 'Room', value: (r) => r.name },
      { label: 'Centre', value: (r) => centreName(r.centreId) },
      { label: 'Status', value: (r) => (r.active ? badge('In use', 'ok') : badge('Out of use', 'neutral')) },
    ], { caption: 'Rooms of your centres', empty: 'No rooms yet.' }), 'rooms'),
    h('h2', {}, 'Add a room'),
    tagged(form({ draft: 'admin-add-room', submitLabel: 'Add room', class: 'inline', onSubmit: async (values) => {
      const room = await api.post('/api/rooms', values);
      notice(`${room.name} is added to ${centreName(room.centreId)}.`, 'ok');
      refresh();
    } },
    field({ name: 'centreId', label: 'Centre', kind: 'select', required: true, options: centres.map((c) => ({ value: c.id, label: c.name })) }),
    field({ name: 'name', label: 'Name', required: true, maxlength: 100, hint: 'e.g. Playroom 3' })), 'add-room'),
  );
}
