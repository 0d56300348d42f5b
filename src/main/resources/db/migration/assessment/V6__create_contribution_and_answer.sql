-- An OPD's proposed value and explanation for one indicator. version counts accepted writes, so two
-- people editing the same row never overwrite each other silently (optimistic concurrency).
create table contribution (
    id              bigint generated always as identity primary key,
    assessment_id   bigint not null references assessment (id),
    government_id   bigint not null references government (id),
    indicator_code  text not null,
    agency_id       bigint not null references agency (id),
    value           numeric(6, 2) not null,
    explanation     text not null check (length(explanation) between 1 and 5000),
    status          text not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    return_reason   text,
    version         integer not null default 1,
    updated_by      bigint,
    updated_at      timestamptz not null default now(),
    unique (assessment_id, indicator_code, agency_id)
);
create index contribution_government on contribution (government_id);

-- The instansi's one consolidated answer per indicator (self-assessment), set by the coordinator.
create table answer (
    assessment_id   bigint not null references assessment (id),
    government_id   bigint not null references government (id),
    indicator_code  text not null,
    value           numeric(6, 2) not null,
    explanation     text not null,
    version         integer not null default 1,
    updated_by      bigint,
    updated_at      timestamptz not null default now(),
    primary key (assessment_id, indicator_code)
);
