-- No double booking, enforced by PostgreSQL itself so that two application nodes booking at once
-- still cannot break it. The application locks first (so racing requests queue instead of
-- deadlocking); these constraints are the guarantee underneath.
create extension if not exists btree_gist;

alter table therapy_session add constraint session_clinician_no_overlap
    exclude using gist (clinician_id with =, tstzrange(blocked_from, blocked_until) with &&)
    where (status not in ('CANCELLED', 'RESCHEDULED'));

alter table therapy_session add constraint session_room_no_overlap
    exclude using gist (room_id with =, tstzrange(starts_at, ends_at) with &&)
    where (room_id is not null and status not in ('CANCELLED', 'RESCHEDULED'));

alter table therapy_session add constraint session_dyad_no_overlap
    exclude using gist (dyad_id with =, tstzrange(starts_at, ends_at) with &&)
    where (status not in ('CANCELLED', 'RESCHEDULED'));
