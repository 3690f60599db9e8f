-- When a task last changed, for clients that poll for changes (?updatedSince=) and sort by it. Tasks changed before
-- this column existed take their creation: the moment of their last change was not kept.
alter table task add column updated_at timestamptz;
update task set updated_at = created_at;
alter table task alter column updated_at set not null;

-- Each order of the list ends in id, so that pages are stable; within a network an index serves each, read
-- backwards for the descending one, and the updatedSince filter.
create index task_network_updated on task (network_id, updated_at, id);
create index task_network_title on task (network_id, title, id);
create index task_network_due_id on task (network_id, due_date, id);
drop index task_network_due;
