-- FHIR Bulk Data export jobs of payers (issue 5). The NDJSON files live on the server's disk;
-- this row says what was asked, how far the export got and when the files expire.

create table bulk_export_job (
    id               uuid          primary key,
    payer_id         varchar(64)   not null references payer_partner (id),
    status           varchar(16)   not null,
    resource_types   varchar(400)  not null,
    since_at         timestamp,
    request_url      varchar(2000) not null,
    fhir_base        varchar(500)  not null,
    requested_at     timestamp     not null,
    episodes_total   integer       not null,
    episodes_done    integer       not null,
    last_episode_id  uuid,
    finished_at      timestamp,
    expires_at       timestamp,
    output_counts    varchar(1000) not null,
    error            varchar(500)
);

create index bulk_export_job_open on bulk_export_job (status, expires_at);
