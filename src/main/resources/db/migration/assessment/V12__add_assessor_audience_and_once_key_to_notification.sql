-- Assessors of a government become an audience (deadline reminders of their stages).
alter table notification drop constraint notification_audience_check;
alter table notification add constraint notification_audience_check
    check (audience in ('COORDINATOR', 'OPERATOR', 'ASSESSOR'));

-- A notification the system writes at most once (a deadline reminder: one per audience, assessment,
-- stage and day). Unique in the database, not in memory, because every node runs the daily job.
alter table notification add column once_key text;
alter table notification add constraint notification_once_key unique (once_key);
