-- A late cancellation frees the slot for another family, like any cancellation.
alter table therapy_session drop constraint session_clinician_no_overlap;
alter table therapy_session drop constraint session_room_no_overlap;
alter table therapy_session drop constraint session_dyad_no_overlap;

alter table therapy_session add constraint session_clinician_no_overlap
    exclude using gist (clinician_id with =, tstzrange(blocked_from, blocked_until) with &&)
    where (status not in ('CANCELLED', 'RESCHEDULED', 'CANCELLED_LATE'));

alter table therapy_session add constraint session_room_no_overlap
    exclude using gist (room_id with =, tstzrange(starts_at, ends_at) with &&)
    where (room_id is not null and status not in ('CANCELLED', 'RESCHEDULED', 'CANCELLED_LATE'));

alter table therapy_session add constraint session_dyad_no_overlap
    exclude using gist (dyad_id with =, tstzrange(starts_at, ends_at) with &&)
    where (status not in ('CANCELLED', 'RESCHEDULED', 'CANCELLED_LATE'));
