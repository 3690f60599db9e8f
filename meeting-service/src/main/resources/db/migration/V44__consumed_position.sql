-- How far this service's consumers got in each topic-partition: the offset of the next record to read, written in
-- the transaction of the effect of the records before it. A request with Netzwerk-Read-After waits until it has
-- passed the position the client names, so any instance can answer for every partition.
create table consumed_position (
    topic text not null,
    kafka_partition integer not null,
    next_offset bigint not null,
    updated_at timestamptz not null,
    primary key (topic, kafka_partition)
);
