-- One result per government per year: its index (2 decimals, as published) and predicate under the
-- instrument of that year. Results of different instruments are different scales and are never
-- compared or joined as one series (rankings are per year; trend lines break where the instrument changes).
create table government_result (
    id               bigint generated always as identity primary key,
    government_id    bigint not null references government (id),
    year             integer not null check (year between 2015 and 2100),
    instrument_code  text not null,
    index_value      numeric(4, 2) not null check (index_value between 0 and 5),
    index_exact      text,
    predicate        text not null,
    source           text not null check (source in ('ASSESSMENT', 'IMPORT', 'ENTRY')),
    source_note      text,
    sample           boolean not null default false,
    published        boolean not null default true,
    recorded_by      bigint,
    recorded_at      timestamptz not null default now(),
    unique (government_id, year)
);
create index government_result_year on government_result (year, published);

-- The national figures per year as published (the national index may be unknown).
create table national_result (
    year             integer primary key check (year between 2015 and 2100),
    instrument_code  text not null,
    index_value      numeric(4, 2) check (index_value between 0 and 5),
    evaluated        integer check (evaluated >= 0),
    note             text,
    source_note      text not null
);
