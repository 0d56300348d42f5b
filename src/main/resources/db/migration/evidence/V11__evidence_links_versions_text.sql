-- Evidence may be a registered link instead of a file; a file may be replaced by a new version
-- (the old one stays, so every frozen stage keeps pointing at what was assessed); text is
-- extracted after the upload commits, off the request thread.
alter table evidence_file
    add column kind         text not null default 'FILE' check (kind in ('FILE', 'LINK')),
    add column url          text check (url is null or length(url) between 8 and 2000),
    add column replaces_id  bigint references evidence_file (id),
    add column version      integer not null default 1 check (version >= 1),
    add column text_status  text not null default 'DONE' check (text_status in ('PENDING', 'DONE', 'NONE')),
    alter column sha256 drop not null,
    alter column size_bytes drop not null,
    alter column storage_key drop not null;

alter table evidence_file add constraint evidence_file_shape check (
    kind = 'FILE' and sha256 is not null and size_bytes is not null and storage_key is not null and url is null
    or kind = 'LINK' and url is not null and sha256 is null and size_bytes is null and storage_key is null);

-- The same link is registered once per government; a version has at most one successor.
create unique index evidence_file_link on evidence_file (government_id, url) where kind = 'LINK';
create unique index evidence_file_successor on evidence_file (replaces_id) where replaces_id is not null;
create index evidence_file_text_pending on evidence_file (id) where text_status = 'PENDING';
create index contribution_evidence_evidence on contribution_evidence (evidence_id);

-- What was stored is never rewritten: only the extracted text may be filled in later. Removal is
-- refused by contribution_evidence's foreign key while the evidence is attached anywhere.
create function evidence_file_unchanged() returns trigger language plpgsql as $$
begin
    if (new.government_id, new.kind, new.sha256, new.size_bytes, new.content_type, new.original_name,
        new.storage_key, new.url, new.replaces_id, new.version, new.created_by, new.created_at)
       is distinct from
       (old.government_id, old.kind, old.sha256, old.size_bytes, old.content_type, old.original_name,
        old.storage_key, old.url, old.replaces_id, old.version, old.created_by, old.created_at) then
        raise exception 'evidence % is immutable', old.id;
    end if;
    return new;
end;
$$;

create trigger evidence_file_unchanged before update on evidence_file
    for each row execute function evidence_file_unchanged();
