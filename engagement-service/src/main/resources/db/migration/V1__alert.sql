create table alert (
    id         uuid        primary key,
    network_id varchar(63) not null,
    partner_id uuid        not null,
    rule       varchar(32) not null,
    status     varchar(16) not null,
    raised_at  timestamptz not null,
    version    bigint      not null
);

create index alert_network_raised on alert (network_id, raised_at desc);
