-- A sample (demo) evaluation: its results are "data contoh" wherever they are shown or published.
alter table evaluation_period add column sample boolean not null default false;
-- The demo's period, opened before this column existed, says so in its name.
update evaluation_period set sample = true where name like '%(data contoh)%';
