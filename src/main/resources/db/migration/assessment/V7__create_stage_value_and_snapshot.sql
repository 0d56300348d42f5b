-- Assessor values per stage (dokumen, interviu, visitasi, final), with notes and recommendations.
create table stage_value (
    assessment_id   bigint not null references assessment (id),
    government_id   bigint not null references government (id),
    stage           text not null check (stage in ('DOCUMENT', 'INTERVIEW', 'VISIT', 'FINAL')),
    indicator_code  text not null,
    value           numeric(6, 2) not null,
    note            text,
    recommendation  text,
    assessor_id     bigint,
    version         integer not null default 1,
    updated_at      timestamptz not null default now(),
    primary key (assessment_id, stage, indicator_code)
);

-- A frozen stage: every value and the index they make, kept as they were. Never changes.
create table stage_snapshot (
    assessment_id   bigint not null references assessment (id),
    government_id   bigint not null references government (id),
    stage           text not null check (stage in ('SELF_ASSESSMENT', 'DOCUMENT', 'INTERVIEW', 'VISIT', 'FINAL')),
    frozen_at       timestamptz not null default now(),
    frozen_by       bigint,
    stage_values    jsonb not null,
    index_rounded   text not null,
    index_exact     text not null,
    predicate       text not null,
    primary key (assessment_id, stage)
);

create function stage_snapshot_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'stage % of assessment % is frozen and cannot change', old.stage, old.assessment_id;
end;
$$;

create trigger stage_snapshot_frozen before update or delete on stage_snapshot
    for each row execute function stage_snapshot_frozen();
