-- The evidence the coordinator chose for the instansi's answer (approving a contribution adds its
-- evidence; consolidating replaces the choice). Frozen stages record this set.
create table answer_evidence (
    assessment_id   bigint not null,
    indicator_code  text not null,
    evidence_id     bigint not null references evidence_file (id),
    chosen_at       timestamptz not null default now(),
    primary key (assessment_id, indicator_code, evidence_id),
    foreign key (assessment_id, indicator_code) references answer (assessment_id, indicator_code)
);
create index answer_evidence_evidence on answer_evidence (evidence_id);

insert into answer_evidence (assessment_id, indicator_code, evidence_id)
select distinct c.assessment_id, c.indicator_code, ce.evidence_id
from contribution c join contribution_evidence ce on ce.contribution_id = c.id
join answer a on a.assessment_id = c.assessment_id and a.indicator_code = c.indicator_code
where c.status = 'APPROVED';
