-- A government's medium-term plan (RPJMD), e.g. "RPJMD 2021–2026". sample marks demo plans whose
-- targets are not real figures (every page showing them says "data contoh").
create table regional_plan (
    id                  bigint generated always as identity primary key,
    government_id       bigint not null references government (id),
    name                text not null check (length(name) between 1 and 200),
    start_year          integer not null check (start_year between 2000 and 2100),
    end_year            integer not null check (end_year between 2000 and 2100),
    document_reference  text,
    sample              boolean not null default false,
    created_at          timestamptz not null default now(),
    check (end_year >= start_year)
);
create index regional_plan_government on regional_plan (government_id);

-- A key performance indicator (IKU) of a plan, measured with ONE instrument (one scale): "Indeks SPBE"
-- with permenpanrb-59-2020, "Indeks Pemdi" with permenpanrb-8-2026. Results of another instrument
-- are never its realisation.
create table key_indicator (
    id               bigint generated always as identity primary key,
    plan_id          bigint not null references regional_plan (id),
    name             text not null check (length(name) between 1 and 200),
    instrument_code  text not null,
    from_year        integer not null,
    to_year          integer not null,
    baseline         numeric(4, 2),
    check (to_year >= from_year)
);
create index key_indicator_plan on key_indicator (plan_id);

create table key_indicator_target (
    key_indicator_id bigint not null references key_indicator (id),
    year             integer not null,
    target           numeric(4, 2) not null check (target >= 0),
    primary key (key_indicator_id, year)
);

-- An IKU's target cascaded to one instrument indicator of a year: the OPD that leads the indicator in
-- that year's assessment gets the target level.
create table indicator_target (
    key_indicator_id bigint not null references key_indicator (id),
    year             integer not null,
    indicator_code   text not null,
    agency_id        bigint not null references agency (id),
    target_level     numeric(4, 2) not null,
    set_by           bigint,
    set_at           timestamptz not null default now(),
    primary key (key_indicator_id, year, indicator_code)
);
create index indicator_target_agency on indicator_target (agency_id);
