-- When the task became its owner's: given when a task is entered after the fact, otherwise the moment it was
-- assigned. Tasks assigned before this column existed leave it empty: their assignment time was not kept.
alter table task add column assigned_at timestamptz;
