-- The clinical record in depth: triage and consents, the episode lifecycle with its history,
-- diagnoses with their history, developmental assessments, amendments, the programme catalogue,
-- care plans and dose extensions, and session outcomes. Portable SQL (PostgreSQL and H2).

alter table referral add column urgency varchar(16) default 'ROUTINE' not null;
alter table referral add column developmental_concern boolean default false not null;
alter table referral add column decision_reason varchar(1000);
alter table referral add column redirected_to varchar(64);
create index referral_centre_status on referral (centre_id, status);

create table consent (
    id              uuid         primary key,
    referral_id     uuid         not null references referral (id),
    kind            varchar(32)  not null,
    given_on        date         not null,
    recorded_by     varchar(100) not null,
    withdrawn_on    date,
    withdrawn_by    varchar(100),
    constraint consent_once unique (referral_id, kind)
);

alter table episode add column baseline_recorded boolean default false not null;
alter table episode add column attended_sessions integer default 0 not null;
alter table episode add column last_attended_at timestamp(6) with time zone;
alter table episode add column treatment_started_at timestamp(6) with time zone;
alter table episode add column developmental_assessment_required boolean default false not null;
alter table episode add column developmental_assessment_recorded boolean default false not null;
alter table episode add column close_reason varchar(1000);

create table episode_transition (
    id           uuid          primary key,
    episode_id   uuid          not null references episode (id),
    from_status  varchar(32)   not null,
    to_status    varchar(32)   not null,
    reason       varchar(1000) not null,
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(100)  not null
);
create index episode_transition_episode on episode_transition (episode_id, occurred_at);

create table diagnosis_record (
    id           uuid         primary key,
    episode_id   uuid         not null references episode (id),
    code         varchar(16)  not null,
    confirmed    boolean      not null,
    recorded_at  timestamp(6) with time zone not null,
    recorded_by  varchar(100) not null
);
create index diagnosis_record_episode on diagnosis_record (episode_id, recorded_at);

create table developmental_assessment (
    id            uuid          primary key,
    episode_id    uuid          not null references episode (id),
    tool          varchar(200)  not null,
    finding       varchar(64)   not null,
    performed_on  date          not null,
    recorded_at   timestamp(6) with time zone not null,
    recorded_by   varchar(100)  not null
);

create table assessment_amendment (
    id             uuid          primary key,
    assessment_id  uuid          not null references assessment (id),
    score          numeric(8, 2),
    category       varchar(16),
    reason         varchar(1000) not null,
    amended_at     timestamp(6) with time zone not null,
    amended_by     varchar(100)  not null,
    constraint amendment_one_value check ((score is null) <> (category is null))
);
create index assessment_amendment_assessment on assessment_amendment (assessment_id, amended_at);

create table programme (
    code                 varchar(64)   primary key,
    name                 varchar(200)  not null,
    planned_sessions     integer       not null,
    minimum_sessions     integer       not null,
    interval_min_days    integer       not null,
    interval_max_days    integer       not null,
    session_minutes      integer       not null,
    dyadic               boolean       not null,
    video_feedback       boolean       not null,
    age_min_months       integer       not null,
    age_max_months       integer       not null,
    mid_after_session    integer,
    follow_up_weeks      integer,
    evidence             varchar(2000) not null,
    active               boolean       not null,
    constraint programme_dose check (minimum_sessions between 1 and planned_sessions),
    constraint programme_interval check (interval_min_days between 1 and interval_max_days),
    constraint programme_age check (age_min_months between 0 and age_max_months)
);

create table care_plan (
    episode_id           uuid          primary key references episode (id),
    programme_code       varchar(64)   not null references programme (code),
    planned_sessions     integer       not null,
    minimum_sessions     integer       not null,
    interval_min_days    integer       not null,
    interval_max_days    integer       not null,
    session_minutes      integer       not null,
    mid_after_session    integer,
    follow_up_weeks      integer,
    age_warning          varchar(300),
    assigned_at          timestamp(6) with time zone not null,
    assigned_by          varchar(100)  not null
);

create table dose_extension (
    id             uuid          primary key,
    episode_id     uuid          not null references care_plan (episode_id),
    sessions       integer       not null,
    justification  varchar(2000) not null,
    authorised_at  timestamp(6) with time zone not null,
    authorised_by  varchar(100)  not null,
    constraint dose_extension_positive check (sessions between 1 and 20)
);

alter table therapy_session add column caregiver_present boolean;
alter table therapy_session add column child_present boolean;
alter table therapy_session add column video_used boolean;
alter table therapy_session add column outcome_recorded_at timestamp(6) with time zone;
alter table therapy_session add column outcome_recorded_by varchar(100);

-- The programme catalogue from DOMAIN.md. Doses use the catalogue's ranges: planned = the usual
-- course, minimum = what counts as completed; centre admins can edit these rows.
insert into programme (code, name, planned_sessions, minimum_sessions, interval_min_days,
                       interval_max_days, session_minutes, dyadic, video_feedback, age_min_months,
                       age_max_months, mid_after_session, follow_up_weeks, evidence, active) values
    ('vipp-sd', 'VIPP-SD (video-feedback intervention to promote positive parenting and sensitive discipline)',
        7, 6, 14, 28, 90, true, true, 12, 60, 4, 12,
        '6-7 home visits with feedback on the dyad''s own footage; RCT evidence for sensitivity and security.', true),
    ('abc', 'ABC (Attachment and Biobehavioral Catch-up)',
        10, 8, 6, 8, 60, true, true, 6, 48, 5, 12,
        '10 weekly sessions; RCT evidence for reduced disorganised attachment.', true),
    ('cos-p', 'Circle of Security Parenting',
        10, 8, 6, 8, 105, false, true, 4, 72, 5, 12,
        'Parent group with stock clips; not dyadic, which the payer report states.', true),
    ('cpp', 'Child-Parent Psychotherapy',
        30, 20, 6, 8, 75, true, false, 0, 60, 15, 12,
        '20-52 weekly sessions; evidence in trauma-exposed dyads.', true),
    ('www', 'Watch, Wait and Wonder',
        12, 8, 6, 8, 60, true, false, 10, 48, 6, 12,
        '8-18 weekly child-led sessions.', true),
    ('vig', 'Video Interaction Guidance',
        6, 6, 7, 21, 60, true, true, 0, 216, 3, 12,
        '3 cycles of film and shared review.', true),
    ('mellow-toddlers', 'Mellow Toddlers',
        14, 10, 6, 8, 240, false, true, 12, 60, 7, 12,
        '14 weekly group days, partly dyadic.', true);
