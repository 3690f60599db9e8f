-- The network member responsible for the relationship with a partner (seed 002, step 4).
alter table partner add column responsible_partner_id uuid references partner (id);

create table contact_entry (
    id           uuid          primary key,
    network_id   varchar(63)   not null,
    partner_id   uuid          not null references partner (id),
    contacted_on date          not null,
    channel      varchar(32)   not null,
    level        varchar(16)   not null check (level in ('CONTENT', 'RELATIONSHIP')),
    made_by      varchar(200)  not null,
    note         varchar(1000),
    recorded_at  timestamptz   not null
);

create index contact_entry_partner_level_date on contact_entry (partner_id, level, contacted_on desc);
