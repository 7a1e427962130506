-- Scheduling to a defined dose: rooms, clinicians' working hours and exceptions, and the booking
-- details (room or home visit, the clinician's blocked time with travel, k of N, changes).

create table room (
    id         uuid         primary key,
    centre_id  varchar(32)  not null references centre (id),
    name       varchar(100) not null,
    active     boolean      not null,
    constraint room_name_unique unique (centre_id, name)
);

create table working_hours (
    id           uuid         primary key,
    username     varchar(100) not null references staff_member (username),
    centre_id    varchar(32)  not null references centre (id),
    day_of_week  integer      not null,
    starts_at    time         not null,
    ends_at      time         not null,
    constraint working_hours_day check (day_of_week between 1 and 7),
    constraint working_hours_order check (ends_at > starts_at)
);
create index working_hours_clinician on working_hours (username, centre_id);

create table availability_exception (
    id          uuid          primary key,
    username    varchar(100)  not null references staff_member (username),
    kind        varchar(32)   not null,
    starts_at   timestamp(6) with time zone not null,
    ends_at     timestamp(6) with time zone not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100)  not null,
    constraint availability_exception_order check (ends_at > starts_at)
);
create index availability_exception_clinician on availability_exception (username, starts_at);

alter table therapy_session add column dyad_id uuid references dyad (id);
alter table therapy_session add column room_id uuid references room (id);
alter table therapy_session add column home_visit boolean default false not null;
alter table therapy_session add column blocked_from timestamp(6) with time zone;
alter table therapy_session add column blocked_until timestamp(6) with time zone;
alter table therapy_session add column interval_override_reason varchar(1000);
alter table therapy_session add column change_reason varchar(32);
alter table therapy_session add column change_note varchar(1000);
alter table therapy_session add column changed_at timestamp(6) with time zone;
alter table therapy_session add column changed_by varchar(100);
alter table therapy_session add column replaces_id uuid references therapy_session (id);

update therapy_session set dyad_id = (select e.dyad_id from episode e where e.id = therapy_session.episode_id),
                           blocked_from = starts_at, blocked_until = ends_at;
alter table therapy_session alter column dyad_id set not null;
alter table therapy_session alter column blocked_from set not null;
alter table therapy_session alter column blocked_until set not null;
create index therapy_session_room on therapy_session (room_id, starts_at);
create index therapy_session_dyad on therapy_session (dyad_id, starts_at);

alter table episode add column mid_recorded boolean default false not null;
alter table episode add column end_recorded boolean default false not null;
alter table episode add column follow_up_recorded boolean default false not null;

insert into room (id, centre_id, name, active) values
    ('6f0c1a52-0000-4000-8000-000000000001', 'north', 'Playroom 1', true),
    ('6f0c1a52-0000-4000-8000-000000000002', 'north', 'Playroom 2', true),
    ('6f0c1a52-0000-4000-8000-000000000003', 'south', 'Garden room', true);

-- Demo clinicians work Monday to Friday, 08:00-18:00 centre time.
insert into working_hours (id, username, centre_id, day_of_week, starts_at, ends_at) values
    ('7a1e0b00-0000-4000-8000-000000000001', 'clara', 'north', 1, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000002', 'clara', 'north', 2, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000003', 'clara', 'north', 3, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000004', 'clara', 'north', 4, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000005', 'clara', 'north', 5, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000006', 'carl', 'south', 1, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000007', 'carl', 'south', 2, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000008', 'carl', 'south', 3, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000009', 'carl', 'south', 4, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000010', 'carl', 'south', 5, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000011', 'nina', 'north', 1, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000012', 'nina', 'north', 2, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000013', 'nina', 'north', 3, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000014', 'nina', 'north', 4, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000015', 'nina', 'north', 5, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000016', 'nina', 'south', 1, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000017', 'nina', 'south', 2, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000018', 'nina', 'south', 3, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000019', 'nina', 'south', 4, time '08:00:00', time '18:00:00'),
    ('7a1e0b00-0000-4000-8000-000000000020', 'nina', 'south', 5, time '08:00:00', time '18:00:00');
