-- A booking looks up what already holds the clinician's, the room's and the dyad's time around it.
-- These indexes make that a short range scan per resource. The check bounds how long one booking
-- can hold time (the longest session plus travel either side is far less), so the lookup can
-- start a day before the window instead of scanning every earlier booking.
create index therapy_session_clinician_blocked on therapy_session (clinician_id, blocked_from);
create index therapy_session_room_blocked on therapy_session (room_id, blocked_from);
create index therapy_session_dyad_blocked on therapy_session (dyad_id, blocked_from);

alter table therapy_session add constraint session_blocks_at_most_a_day
    check (blocked_until <= blocked_from + interval '24' hour);
