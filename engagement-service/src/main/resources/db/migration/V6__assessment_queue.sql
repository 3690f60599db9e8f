-- The partners to assess again, as an append-only queue: a batch of events only ever adds rows, so concurrent
-- batches never wait for each other's locks, and the assessment takes rows that were committed before it read
-- the facts. A partner may stand in it several times; the assessment takes them once.
drop table dirty_partner;

create table assessment_queue (
    position   bigint      generated always as identity primary key,
    partner_id uuid        not null,
    network_id varchar(63) not null
);
create index assessment_queue_partner on assessment_queue (partner_id);
