-- An invitation belongs to the government that made it (null: national, the first admin's link).
-- A link accepts only its own government's grants, so one government's invitation never decides
-- another's: each government inviting an account gets its own link.
alter table invitation add column government_id bigint references government (id);
-- A grant on an account without a password waits for its government's link to be accepted.
alter table role_grant add column pending boolean not null default false;
-- The name the granting government gave the person: that government sees it, no other.
alter table role_grant add column display_name text;
