-- An alert whose condition no longer holds (issue 13, item 3): while nobody follows it up, it is withdrawn — closed by
-- the service with a closing reason instead of a coordinator's cause; while someone does, it stays open and records
-- since when its condition no longer holds (cleared if the condition returns).
alter table alert add column closing_reason varchar(32);
alter table alert add column condition_ended_at timestamptz;
alter table alert add constraint alert_withdrawn_is_closed
    check (closing_reason is null or status = 'DISMISSED');
