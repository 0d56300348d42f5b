-- Evidence files (bukti dukung): stored once per government per content (SHA-256), outside any
-- public path; a row exists only once its file is completely stored.
create table evidence_file (
    id              bigint generated always as identity primary key,
    government_id   bigint not null references government (id),
    sha256          char(64) not null,
    size_bytes      bigint not null check (size_bytes > 0),
    content_type    text not null,
    original_name   text not null,
    storage_key     text not null,
    extracted_text  text,
    created_by      bigint,
    created_at      timestamptz not null default now(),
    unique (government_id, sha256)
);

-- Evidence attached to a contribution (one file may support several indicators and years).
create table contribution_evidence (
    contribution_id  bigint not null references contribution (id),
    evidence_id      bigint not null references evidence_file (id),
    attached_at      timestamptz not null default now(),
    primary key (contribution_id, evidence_id)
);
