-- Seeds synthetic Northwind episodes :first .. :last (psql variables) for the bulk-export benchmark
-- (bin/benchmark-export), straight into an already migrated database. Each episode has what one
-- treated through the API has: child, caregiver, dyad, referral (payer northwind, a member id,
-- centre north) with treatment and outcome-sharing consent given, an episode in treatment with its
-- diagnosis record and transitions, an ABC care plan with the programme's dose, 10 attended
-- sessions and 12 numeric scores (4 instruments at baseline, mid and end).
--
-- Ids derive from the episode number, so adding episodes up to a larger N never collides. Sessions
-- are clara's (odd episodes, Playroom 1) or nina's (even episodes, Playroom 2), weekly, one hour
-- each, packed hour after hour from 1990 on: no two of a clinician's, a room's or a dyad's sessions
-- overlap, so the exclusion constraints hold (they are checked, not disabled).

create temporary table bench_episode on commit drop as
select k,
       md5('bench-child-' || k)::uuid     as child_id,
       md5('bench-caregiver-' || k)::uuid as caregiver_id,
       md5('bench-dyad-' || k)::uuid      as dyad_id,
       md5('bench-referral-' || k)::uuid  as referral_id,
       md5('bench-episode-' || k)::uuid   as episode_id,
       case when k % 2 = 1 then 'clara' else 'nina' end as clinician,
       case when k % 2 = 1 then '6f0c1a52-0000-4000-8000-000000000001'::uuid
            else '6f0c1a52-0000-4000-8000-000000000002'::uuid end as room_id,
       -- Per clinician: blocks of 168 episodes (one week of hourly slots), 10 weeks per block.
       timestamptz '1990-01-01 00:00:00+00'
           + ((((k - 1) / 2) / 168) * 1680 + ((k - 1) / 2) % 168) * interval '1 hour' as first_session
from generate_series(:first, :last) as k;

alter table bench_episode add column opened_at timestamptz;
update bench_episode set opened_at = first_session - interval '21 days';

insert into child (id, centre_id, identifier, given_name, family_name, birth_date)
select child_id, 'north', 'BENCH-' || lpad(k::text, 7, '0'), 'Bench', 'Child ' || k,
       (opened_at - (12 + k % 30) * interval '1 month')::date
from bench_episode;

insert into caregiver (id, centre_id, full_name)
select caregiver_id, 'north', 'Bench Carer ' || k from bench_episode;

insert into dyad (id, centre_id, child_id, caregiver_id, relationship)
select dyad_id, 'north', child_id, caregiver_id,
       (array['MOTHER', 'FATHER', 'FOSTER_CARER', 'ADOPTIVE_PARENT', 'KINSHIP_CARER'])[1 + k % 5]
from bench_episode;

insert into referral (id, version, centre_id, dyad_id, source, reason, safeguarding_concern,
                      payer_id, member_id, status, received_at, registered_by, decided_at,
                      decided_by, urgency, developmental_concern)
select referral_id, 1, 'north', dyad_id, 'GP', 'Benchmark referral', false,
       'northwind', 'NW-B' || lpad(k::text, 7, '0'), 'ACCEPTED', opened_at - interval '14 days',
       'sam', opened_at, clinician, 'ROUTINE', false
from bench_episode;

insert into consent (id, referral_id, kind, given_on, recorded_by)
select md5('bench-consent-' || k || '-' || kind)::uuid, referral_id, kind,
       (opened_at - interval '14 days')::date, 'sam'
from bench_episode cross join (values ('TREATMENT'), ('OUTCOME_SHARING')) as kinds (kind);

insert into episode (id, version, centre_id, referral_id, dyad_id, status, diagnosis_code,
                     diagnosis_confirmed, opened_at, opened_by, baseline_recorded,
                     attended_sessions, last_attended_at, treatment_started_at, mid_recorded,
                     end_recorded)
select episode_id, 3, 'north', referral_id, dyad_id, 'IN_TREATMENT',
       case when k % 4 = 0 then 'DSED' else 'RAD' end, k % 3 <> 0, opened_at, clinician, true,
       10, first_session + interval '63 days 1 hour', first_session - interval '1 day', true, true
from bench_episode;

insert into diagnosis_record (id, episode_id, code, confirmed, recorded_at, recorded_by)
select md5('bench-diagnosis-' || k)::uuid, episode_id,
       case when k % 4 = 0 then 'DSED' else 'RAD' end, k % 3 <> 0, opened_at, clinician
from bench_episode;

insert into episode_transition (id, episode_id, from_status, to_status, reason, occurred_at, actor)
select md5('bench-transition-' || k || '-1')::uuid, episode_id, 'OPEN', 'ASSESSING',
       'Baseline assessment booked', opened_at + interval '1 day', clinician
from bench_episode
union all
select md5('bench-transition-' || k || '-2')::uuid, episode_id, 'ASSESSING', 'IN_TREATMENT',
       'ABC programme starts', first_session - interval '1 day', clinician
from bench_episode;

-- ABC's dose, copied from the catalogue as assigning the programme does.
insert into care_plan (episode_id, programme_code, planned_sessions, minimum_sessions,
                       interval_min_days, interval_max_days, session_minutes, mid_after_session,
                       follow_up_weeks, assigned_at, assigned_by)
select b.episode_id, p.code, p.planned_sessions, p.minimum_sessions, p.interval_min_days,
       p.interval_max_days, p.session_minutes, p.mid_after_session, p.follow_up_weeks,
       b.opened_at + interval '7 days', b.clinician
from bench_episode b cross join programme p
where p.code = 'abc';

insert into therapy_session (id, version, episode_id, centre_id, clinician_id, starts_at, ends_at,
                             status, booked_by, booked_at, caregiver_present, child_present,
                             video_used, outcome_recorded_at, outcome_recorded_by, dyad_id, room_id,
                             home_visit, blocked_from, blocked_until)
select md5('bench-session-' || b.k || '-' || s)::uuid, 1, b.episode_id, 'north', b.clinician,
       b.first_session + (s - 1) * interval '7 days',
       b.first_session + (s - 1) * interval '7 days' + interval '1 hour',
       'ATTENDED', 'sam', b.opened_at + interval '8 days', true, s % 5 <> 0, s % 2 = 0,
       b.first_session + (s - 1) * interval '7 days' + interval '70 minutes', b.clinician,
       b.dyad_id, b.room_id, false,
       b.first_session + (s - 1) * interval '7 days',
       b.first_session + (s - 1) * interval '7 days' + interval '1 hour'
from bench_episode b cross join generate_series(1, 10) as s;

-- Scores within each instrument's range; higher-is-better ones rise, lower-is-better ones fall.
insert into assessment (id, episode_id, instrument_code, time_point, score, assessed_on,
                        recorded_at, recorded_by)
select md5('bench-assessment-' || b.k || '-' || i.code || '-' || t.point)::uuid, b.episode_id,
       i.code, t.point,
       i.low + b.k % i.spread
           + case t.point when 'BASELINE' then 0 when 'MID' then i.mid
                          else i.final + i.sign * (b.k % 3) end,
       b.first_session + t.days * interval '1 day' + interval '2 hours',
       b.first_session + t.days * interval '1 day' + interval '3 hours', b.clinician
from bench_episode b
cross join (values ('ainsworth-sensitivity', 2, 4, 1, 2, 1),
                   ('eas', 2, 3, 1, 2, 0),
                   ('sdq-total', 18, 15, -4, -8, -1),
                   ('psi-sf', 90, 50, -8, -16, -1)) as i (code, low, spread, mid, final, sign)
cross join (values ('BASELINE', -7), ('MID', 28), ('END', 64)) as t (point, days);
