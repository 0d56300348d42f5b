-- The discussion of one indicator in one assessment (OPDs, coordinator, assessors).
create table indicator_comment (
    id              bigint generated always as identity primary key,
    assessment_id   bigint not null references assessment (id),
    government_id   bigint not null references government (id),
    indicator_code  text not null,
    author_id       bigint not null,
    author_name     text not null,
    body            text not null check (length(body) between 1 and 4000),
    created_at      timestamptz not null default now()
);
create index indicator_comment_thread on indicator_comment (assessment_id, indicator_code, id);
