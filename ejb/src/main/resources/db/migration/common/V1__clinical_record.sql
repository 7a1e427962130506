-- Clinical record of the foundation slice. Portable SQL: runs on PostgreSQL and on H2.

create table centre (
    id          varchar(32)  primary key,
    name        varchar(200) not null,
    time_zone   varchar(64)  not null
);

create table payer_partner (
    id      varchar(64)  primary key,
    name    varchar(200) not null,
    active  boolean      not null
);

create table staff_member (
    username      varchar(100) primary key,
    display_name  varchar(200) not null,
    role          varchar(32)  not null,
    active        boolean      not null
);

create table staff_centre (
    username   varchar(100) not null references staff_member (username),
    centre_id  varchar(32)  not null references centre (id),
    primary key (username, centre_id)
);

create table child (
    id           uuid         primary key,
    centre_id    varchar(32)  not null references centre (id),
    identifier   varchar(64)  not null,
    given_name   varchar(200) not null,
    family_name  varchar(200) not null,
    birth_date   date         not null,
    constraint child_identifier_unique unique (centre_id, identifier)
);

create table caregiver (
    id         uuid         primary key,
    centre_id  varchar(32)  not null references centre (id),
    full_name  varchar(200) not null
);

create table dyad (
    id            uuid        primary key,
    centre_id     varchar(32) not null references centre (id),
    child_id      uuid        not null references child (id),
    caregiver_id  uuid        not null references caregiver (id),
    relationship  varchar(32) not null,
    constraint dyad_unique unique (child_id, caregiver_id)
);

create table referral (
    id                    uuid          primary key,
    version               bigint        not null,
    centre_id             varchar(32)   not null references centre (id),
    dyad_id               uuid          not null references dyad (id),
    source                varchar(32)   not null,
    reason                varchar(4000) not null,
    safeguarding_concern  boolean       not null,
    payer_id              varchar(64)   not null references payer_partner (id),
    member_id             varchar(64)   not null,
    status                varchar(32)   not null,
    received_at           timestamp(6) with time zone not null,
    registered_by         varchar(100)  not null,
    decided_at            timestamp(6) with time zone,
    decided_by            varchar(100)
);
create index referral_centre_received on referral (centre_id, received_at);

create table episode (
    id                   uuid         primary key,
    version              bigint       not null,
    centre_id            varchar(32)  not null references centre (id),
    referral_id          uuid         not null unique references referral (id),
    dyad_id              uuid         not null references dyad (id),
    status               varchar(32)  not null,
    diagnosis_code       varchar(16)  not null,
    diagnosis_confirmed  boolean      not null,
    opened_at            timestamp(6) with time zone not null,
    opened_by            varchar(100) not null,
    closed_at            timestamp(6) with time zone
);
create index episode_centre on episode (centre_id);

create table instrument (
    code                varchar(64)   primary key,
    name                varchar(200)  not null,
    domain              varchar(200)  not null,
    scale_kind          varchar(32)   not null,
    min_score           numeric(8, 2),
    max_score           numeric(8, 2),
    categories          varchar(200),
    direction           varchar(32)   not null,
    preferred_category  varchar(16),
    clinical_cutoff     numeric(8, 2),
    reliable_change     numeric(8, 2),
    recorded_by         varchar(200)  not null
);

create table assessment (
    id               uuid         primary key,
    episode_id       uuid         not null references episode (id),
    instrument_code  varchar(64)  not null references instrument (code),
    time_point       varchar(32)  not null,
    score            numeric(8, 2),
    category         varchar(16),
    assessed_on      timestamp(6) with time zone not null,
    recorded_at      timestamp(6) with time zone not null,
    recorded_by      varchar(100) not null,
    constraint assessment_once unique (episode_id, instrument_code, time_point),
    constraint assessment_one_value check ((score is null) <> (category is null))
);

create table therapy_session (
    id            uuid         primary key,
    version       bigint       not null,
    episode_id    uuid         not null references episode (id),
    centre_id     varchar(32)  not null references centre (id),
    clinician_id  varchar(100) not null references staff_member (username),
    starts_at     timestamp(6) with time zone not null,
    ends_at       timestamp(6) with time zone not null,
    status        varchar(32)  not null,
    booked_by     varchar(100) not null,
    booked_at     timestamp(6) with time zone not null,
    constraint session_ends_after_start check (ends_at > starts_at)
);
create index therapy_session_episode on therapy_session (episode_id);
create index therapy_session_clinician on therapy_session (clinician_id, starts_at);
