-- The journal of what this service published on its own topic, in publish order (written by the outbox relay in the
-- transaction that deletes the batch from the outbox, after the broker acknowledged it). The change feed
-- (GET …/feeds/{topic}) serves it; feed_position is its cursor.
create table published_event (
    -- A sequence hands out numbers in the order of the calls, not of the commits. Here that is publish order: only
    -- the holder of the relay's advisory lock writes, one transaction at a time (see outbox/Journal.java).
    feed_position   bigint       generated always as identity primary key,
    event_id        uuid         not null unique,
    event_type      varchar(200) not null,
    topic           varchar(200) not null,
    -- Where the broker stored it (from its acknowledgement).
    kafka_partition integer      not null,
    kafka_offset    bigint       not null,
    record_key      varchar(200) not null,
    -- ce_subject: the record key, except for events keyed by something else than what they are about.
    subject         varchar(200) not null,
    network_id      varchar(63)  not null,
    occurred_at     timestamptz  not null,
    published_at    timestamptz  not null,
    -- The JSON payload exactly as it went to Kafka.
    payload         text         not null
);

create index published_event_by_network on published_event (network_id, feed_position);
create index published_event_by_kafka_position on published_event (topic, kafka_partition, kafka_offset);

-- The highest feed position the retention job has removed: a cursor below it may have missed events (410 Gone).
-- Rows removed by an erasure do not move it: those events are gone on purpose, for every reader.
create table published_event_horizon (
    singleton        boolean primary key default true check (singleton),
    removed_through  bigint  not null
);
insert into published_event_horizon (removed_through) values (0);
