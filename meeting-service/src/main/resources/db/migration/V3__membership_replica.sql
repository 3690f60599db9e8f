-- Every event processed, recorded in the transaction of its effect: redeliveries are recognised by ce_id.
create table processed_event (
    event_id     uuid         primary key,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null
);

-- Current members of each group, replicated from partner-service's membership events.
create table group_member (
    id                     uuid        primary key,
    group_id               uuid        not null,
    partner_id             uuid        not null,
    network_id             varchar(63) not null,
    role                   varchar(16) not null,
    joined_on              date        not null,
    introductory_talk_done boolean     not null,
    membership_version     bigint      not null,
    unique (group_id, partner_id)
);
