-- An evaluation period pins one instrument version: a later version never changes its numbers.
create table evaluation_period (
    id                  bigint generated always as identity primary key,
    year                integer not null check (year between 2018 and 2100),
    name                text not null,
    instrument_code     text not null,
    instrument_version  integer not null,
    created_at          timestamptz not null default now(),
    unique (year, instrument_code),
    foreign key (instrument_code, instrument_version) references instrument_version (code, version)
);

-- Stage windows: penilaian mandiri, dokumen, interviu, visitasi, final.
create table period_stage (
    period_id  bigint not null references evaluation_period (id),
    stage      text not null check (stage in ('SELF_ASSESSMENT', 'DOCUMENT', 'INTERVIEW', 'VISIT', 'FINAL')),
    opens_on   date not null,
    closes_on  date not null,
    primary key (period_id, stage),
    check (opens_on <= closes_on)
);

-- One assessment per participating government per period.
create table assessment (
    id             bigint generated always as identity primary key,
    period_id      bigint not null references evaluation_period (id),
    government_id  bigint not null references government (id),
    created_at     timestamptz not null default now(),
    unique (period_id, government_id)
);
create index assessment_government on assessment (government_id);

-- Which OPDs answer an indicator; exactly one of them leads.
create table indicator_assignment (
    assessment_id   bigint not null references assessment (id),
    government_id   bigint not null references government (id),
    indicator_code  text not null,
    agency_id       bigint not null references agency (id),
    lead            boolean not null default false,
    assigned_at     timestamptz not null default now(),
    primary key (assessment_id, indicator_code, agency_id)
);
create unique index indicator_assignment_one_lead on indicator_assignment (assessment_id, indicator_code) where lead;
create index indicator_assignment_agency on indicator_assignment (agency_id);
