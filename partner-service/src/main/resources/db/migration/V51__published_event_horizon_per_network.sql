-- V50's horizon was one for all networks: the follower of a quiet network would have had to resync because other
-- networks' old events left the journal. Each network gets its own; no row means nothing of it was removed yet.
drop table published_event_horizon;

create table published_event_horizon (
    network_id      varchar(63) primary key,
    removed_through bigint      not null
);
