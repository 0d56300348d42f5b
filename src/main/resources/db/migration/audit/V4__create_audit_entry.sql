-- Append-only audit log. Each entry's hash covers its content and the previous entry's hash, so
-- editing or deleting a past entry breaks the chain at that entry (AuditVerification finds it).
-- Ids are assigned without gaps under a lock, so a deleted entry is a missing number; states are
-- JSON kept as text so the hashed bytes are exactly the stored ones.
create table audit_entry (
    id             bigint primary key,
    at             timestamptz not null,
    actor_id       bigint,
    actor_name     text not null,
    ip             text,
    action         text not null,
    subject_type   text not null,
    subject_id     text,
    government_id  bigint,
    before_state   text,
    after_state    text,
    previous_hash  char(64) not null,
    hash           char(64) not null
);
create index audit_entry_government on audit_entry (government_id, id);
