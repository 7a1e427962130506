-- The audit trail: who read or wrote which clinical record, when, and how it ended. Ids, codes and
-- outcomes only, never clinical values. No foreign keys: a refused request may name an id that does
-- not exist, and the trail must never stop a record from being written. Portable SQL (PostgreSQL, H2).

create table audit_event (
    id             uuid          primary key,
    occurred_at    timestamp(6) with time zone not null,
    actor          varchar(100)  not null,
    actor_subject  varchar(100)  not null,
    actor_roles    varchar(200)  not null,
    -- ",north,south," (or empty), so "like '%,north,%'" finds a centre's staff on any database.
    actor_centres  varchar(1000) not null,
    payer_id       varchar(64),
    action         varchar(100)  not null,
    target_type    varchar(32),
    target_id      uuid,
    episode_id     uuid,
    dyad_id        uuid,
    centre_id      varchar(32),
    outcome        varchar(16)   not null,
    http_status    integer,
    constraint audit_event_outcome check
        (outcome in ('SUCCESS', 'REFUSED', 'NOT_FOUND', 'INVALID', 'CONFLICT', 'ERROR'))
);
create index audit_event_centre_time on audit_event (centre_id, occurred_at);
create index audit_event_episode on audit_event (episode_id);
create index audit_event_actor on audit_event (actor);
