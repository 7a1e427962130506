-- Scheduling speed (issue 4): the booking path keeps clinicians' hours and absences in memory and
-- uses a copy only while this number, read under the clinician's row lock, is the one it was read
-- at. Every change of hours or absences takes the same lock and moves it.
alter table staff_member add column availability_version bigint default 0 not null;
