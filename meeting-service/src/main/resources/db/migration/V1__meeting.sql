create table meeting (
    id         uuid         primary key,
    network_id varchar(63)  not null,
    group_id   uuid         not null,
    title      varchar(200) not null,
    starts_at  timestamptz  not null,
    ends_at    timestamptz  not null check (ends_at > starts_at),
    created_at timestamptz  not null,
    version    bigint       not null
);

create index meeting_network_group_start on meeting (network_id, group_id, starts_at);
