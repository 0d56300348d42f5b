-- A frozen stage also keeps which evidence stood behind each indicator's answer
-- (indicator code -> evidence ids); evidence attached there can no longer be detached or removed.
alter table stage_snapshot add column evidence jsonb not null default '{}'::jsonb;
