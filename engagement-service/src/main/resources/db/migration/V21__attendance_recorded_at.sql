-- When the first revision of each attendance line was recorded in meeting-service (attendance-recorded's
-- recordedAt): a meeting entered after the fact, with its original dates, gets its grace period for the rest of
-- the list from the day its first line was entered. Null for lines applied before this column existed.
alter table attendance add column recorded_at timestamptz;
