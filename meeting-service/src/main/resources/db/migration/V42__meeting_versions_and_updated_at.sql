-- Issue 16, item 5. A client polling the meetings list asks for what changed since a moment (updatedSince) and may sort
-- it; each order and the filter is served by an index ending in the id, the tie-break that keeps pages stable.
-- A meeting's attendance has a version of its own: the ETag a coordinator sends back in If-Match when correcting it,
-- raised by every change of the attendance, not by changes of the meeting's details (and the other way round).
alter table meeting
    add column updated_at         timestamptz,
    add column attendance_version bigint not null default 0;

-- Before this column, details and cancellations left no trace of their time but cancelled_at: the best known.
update meeting set updated_at = greatest(created_at, coalesce(cancelled_at, created_at));

alter table meeting alter column updated_at set not null;

create index meeting_network_updated on meeting (network_id, updated_at, id);
create index meeting_network_start on meeting (network_id, starts_at, id);
create index meeting_network_title on meeting (network_id, title, id);
