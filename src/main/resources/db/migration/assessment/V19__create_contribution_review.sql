-- When each contribution was last submitted, and every review decision with the submission it
-- answered: the coordinator's review turnaround (submission to approval or return) per assessment.
alter table contribution add column submitted_at timestamptz;
update contribution set submitted_at = updated_at where status in ('SUBMITTED', 'APPROVED', 'RETURNED');

create table contribution_review (
    id               bigint generated always as identity primary key,
    contribution_id  bigint not null references contribution (id),
    assessment_id    bigint not null references assessment (id),
    submitted_at     timestamptz not null,
    decided_at       timestamptz not null default now(),
    decision         text not null check (decision in ('APPROVED', 'RETURNED')),
    check (decided_at >= submitted_at)
);
create index contribution_review_assessment on contribution_review (assessment_id);
