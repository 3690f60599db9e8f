-- Issue 16, item 5: every resource a client can change answers an ETag and takes If-Match.
-- An offer or a need changes when it is withdrawn: it gets the version its ETag names.
alter table exchange_entry add column version bigint not null default 0;

-- Clients poll the goals for changes (updatedSince): a goal changes when the actors it needs are replaced, or when a
-- partner it names is erased. Goals created before this migration count as changed when they were created.
alter table strategic_goal add column updated_at timestamptz;
update strategic_goal set updated_at = created_at;
alter table strategic_goal alter column updated_at set not null;
create index strategic_goal_updated on strategic_goal (network_id, updated_at, id);

-- The cooperation list is sorted by start or by last change and polled with updatedSince; the id breaks ties.
create index cooperation_starts on cooperation (network_id, starts_on, id);
create index cooperation_updated on cooperation (network_id, updated_at, id);
