-- Governments (instansi) and their work units (OPD). Regional governments come from the
-- Kemendagri area codes (organization/governments.csv); central agencies are added by the national admin.
create table government (
    id             bigint generated always as identity primary key,
    code           text not null unique,
    name           text not null,
    category       text not null check (category in ('PROVINSI', 'KABUPATEN', 'KOTA', 'INSTANSI_PUSAT')),
    province_code  text,
    region         text check (region in ('SUMATERA', 'JAWA', 'BALI_NUSA_TENGGARA', 'KALIMANTAN', 'SULAWESI', 'MALUKU', 'PAPUA')),
    active         boolean not null default true,
    created_at     timestamptz not null default now(),
    check ((category = 'INSTANSI_PUSAT') = (region is null))
);
create index government_category_region on government (category, region);

-- An OPD is never deleted once it exists: it may carry history. Names are unique per government
-- among active OPDs, compared without case.
create table agency (
    id             bigint generated always as identity primary key,
    government_id  bigint not null references government (id),
    name           text not null check (length(trim(name)) between 2 and 200),
    active         boolean not null default true,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create unique index agency_active_name on agency (government_id, lower(name)) where active;
create index agency_government on agency (government_id);
