-- Text extraction ends in one of four states, shown by the evidence API and library: PENDING until it
-- has run, then EXTRACTED (text stored), FAILED (unreadable, over a limit or out of time; the file is
-- kept) or SKIPPED (links, images, videos, documents without text). The attempts are counted before
-- each parse, so a file that brings the process down is not parsed again at every start.
alter table evidence_file drop constraint evidence_file_text_status_check;

-- The immutability trigger compares only what was stored, so these status updates pass it.
update evidence_file set text_status = 'EXTRACTED' where text_status = 'DONE';
update evidence_file set text_status = 'SKIPPED' where text_status = 'NONE';

alter table evidence_file
    alter column text_status set default 'PENDING',
    add constraint evidence_file_text_status_check
        check (text_status in ('PENDING', 'EXTRACTED', 'FAILED', 'SKIPPED')),
    add column text_attempts smallint not null default 0 check (text_attempts >= 0);
