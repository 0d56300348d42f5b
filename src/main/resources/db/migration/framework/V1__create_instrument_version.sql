-- Instrument versions: draft -> published -> retired. A published or retired version is frozen:
-- the database itself refuses any change to its content, so no code path can alter the numbers
-- of an evaluation that used it.
create table instrument_version (
    id            bigint generated always as identity primary key,
    code          text        not null,
    version       integer     not null,
    status        text        not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    content       jsonb       not null,
    sha256        char(64)    not null,
    imported_at   timestamptz not null default now(),
    published_at  timestamptz,
    retired_at    timestamptz,
    unique (code, version)
);

-- At most one published version per instrument code: the one the calculator and new periods use.
create unique index instrument_version_one_published on instrument_version (code) where status = 'PUBLISHED';

create function instrument_version_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'instrument % version % is %, it cannot be deleted', old.code, old.version, old.status;
        end if;
        return old;
    end if;
    if old.status <> 'DRAFT' and (new.content is distinct from old.content or new.code <> old.code
            or new.version <> old.version or new.sha256 <> old.sha256) then
        raise exception 'instrument % version % is %, its content cannot change', old.code, old.version, old.status;
    end if;
    if new.status <> old.status and not (
            (old.status = 'DRAFT' and new.status = 'PUBLISHED') or (old.status = 'PUBLISHED' and new.status = 'RETIRED')) then
        raise exception 'instrument % version %: % -> % is not allowed', old.code, old.version, old.status, new.status;
    end if;
    return new;
end;
$$;

create trigger instrument_version_guard before update or delete on instrument_version
    for each row execute function instrument_version_guard();
