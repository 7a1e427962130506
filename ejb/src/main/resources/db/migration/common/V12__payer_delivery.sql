-- Pushed delivery to payers (issue 5): a payer's registered FHIR endpoint, and the outbox of
-- transaction Bundles, written in the same transaction as the clinical event that caused them.

create table payer_endpoint (
    payer_id       varchar(64)   primary key references payer_partner (id),
    subscription_id uuid         not null unique,
    url            varchar(1000) not null,
    authorization_header varchar(2000),
    registered_at  timestamp     not null
);

create table payer_delivery (
    id               uuid          primary key,
    payer_id         varchar(64)   not null references payer_partner (id),
    episode_id       uuid          not null references episode (id),
    centre_id        varchar(32)   not null references centre (id),
    event            varchar(40)   not null,
    bundle_json      varchar(1000000) not null,
    status           varchar(16)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp     not null,
    last_error       varchar(300),
    last_http_status integer,
    created_at       timestamp     not null,
    delivered_at     timestamp
);

create index payer_delivery_due on payer_delivery (status, next_attempt_at);
create index payer_delivery_centre on payer_delivery (centre_id, created_at);
