-- An instance of the previous version, still writing goals during a rolling update, names no updated_at (V21): its
-- goals count as changed when they were written.
alter table strategic_goal alter column updated_at set default now();
