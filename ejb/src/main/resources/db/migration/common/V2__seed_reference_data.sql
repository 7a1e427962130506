-- Reference data: centres, payer partners, demo staff (matching the Keycloak realm) and the
-- instrument catalogue from DOMAIN.md. Cut-offs and reliable-change thresholds are given only
-- where a published value is commonly used; elsewhere they stay null and reports say "unknown".

insert into centre (id, name, time_zone) values
    ('north', 'North Child Development Centre', 'Europe/London'),
    ('south', 'South Child Development Centre', 'Europe/London');

insert into payer_partner (id, name, active) values
    ('northwind', 'Northwind Health Insurance', true),
    ('southbay', 'Southbay Commissioning Partnership', true);

insert into staff_member (username, display_name, role, active) values
    ('clara', 'Clara Clinician', 'clinician', true),
    ('carl', 'Carl Clinician', 'clinician', true),
    ('nina', 'Nina Both', 'clinician', true),
    ('sam', 'Sam Scheduler', 'scheduler', true),
    ('sue', 'Sue Scheduler', 'scheduler', true),
    ('ada', 'Ada Admin', 'centre-admin', true);

insert into staff_centre (username, centre_id) values
    ('clara', 'north'), ('carl', 'south'), ('nina', 'north'), ('nina', 'south'),
    ('sam', 'north'), ('sue', 'south'), ('ada', 'north');

insert into instrument (code, name, domain, scale_kind, min_score, max_score, categories,
                        direction, preferred_category, clinical_cutoff, reliable_change, recorded_by) values
    ('ainsworth-sensitivity', 'Ainsworth Sensitivity scale', 'caregiver sensitivity',
        'NUMERIC', 1, 9, null, 'HIGHER', null, 5, null, 'trained observer (clinician)'),
    ('care-index-synchrony', 'CARE-Index dyadic synchrony', 'caregiver sensitivity',
        'NUMERIC', 0, 14, null, 'HIGHER', null, 7, null, 'trained coder'),
    ('eas', 'Emotional Availability Scales', 'dyad emotional availability',
        'NUMERIC', 1, 7, null, 'HIGHER', null, null, null, 'trained observer'),
    ('strange-situation', 'Strange Situation classification', 'attachment security',
        'CATEGORICAL', null, null, 'A,B,C,D', 'PREFERRED_CATEGORY', 'B', null, null, 'trained coder'),
    ('aqs-security', 'Attachment Q-Sort security', 'attachment security',
        'NUMERIC', -1, 1, null, 'HIGHER', null, 0.33, null, 'observer'),
    ('rpq', 'Relationship Problems Questionnaire', 'attachment problems',
        'NUMERIC', 0, 30, null, 'LOWER', null, null, null, 'caregiver report, clinician-entered'),
    ('asq-se-2', 'ASQ:SE-2', 'social-emotional development',
        'NUMERIC', 0, 400, null, 'LOWER', null, null, null, 'caregiver report'),
    ('sdq-total', 'Strengths and Difficulties Questionnaire (total difficulties)',
        'child regulation / behaviour', 'NUMERIC', 0, 40, null, 'LOWER', null, 17, 8, 'caregiver report'),
    ('psi-sf', 'Parenting Stress Index Short Form', 'caregiver stress',
        'NUMERIC', 36, 180, null, 'LOWER', null, 90, 16, 'caregiver report');
