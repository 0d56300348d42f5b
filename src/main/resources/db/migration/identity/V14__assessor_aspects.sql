-- An assessor may be assigned to some aspects of the instrument only (empty: all of them).
alter table role_grant add column aspect_codes text[] not null default '{}';
alter table role_grant add constraint role_grant_aspects_only_assessors
    check (role = 'ASSESSOR' or cardinality(aspect_codes) = 0);
