-- When a meeting's invitations were first entered in meeting-service (invitations-sent's optional recordedAt): a
-- meeting entered after the fact with its original dates gets its grace period from then, not from its old dates.
-- Null for invitations applied before this column existed, or from events without it.
alter table meeting add column invitations_recorded_at timestamptz;
