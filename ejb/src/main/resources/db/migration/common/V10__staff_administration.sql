-- Staff administration (issue 6): accounts live in Keycloak, the staff record here is the
-- authority for access. access_changed_at revokes every token issued before it, at once.

alter table staff_member add column email varchar(254);
alter table staff_member add column access_changed_at timestamp;
alter table payer_partner add column access_changed_at timestamp;

update staff_member set email = username || '@dyadcare.example';

alter table staff_member alter column email set not null;
create unique index staff_member_email on staff_member (email);
