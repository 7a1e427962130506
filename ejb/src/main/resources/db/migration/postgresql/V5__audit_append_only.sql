-- The audit trail is append-only in the database too: no UPDATE, DELETE or TRUNCATE gets through,
-- whatever the application (or a mistaken script using its login) attempts.

create function audit_event_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_no_change
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
