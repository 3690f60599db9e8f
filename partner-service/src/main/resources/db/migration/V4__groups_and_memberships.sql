create table partner_group (
    id         uuid         primary key,
    network_id varchar(63)  not null references network (id),
    kind       varchar(16)  not null check (kind in ('STEERING', 'WORKING')),
    name       varchar(200) not null,
    theme      varchar(500),
    created_at timestamptz  not null,
    version    bigint       not null
);

-- One steering group per network.
create unique index partner_group_one_steering on partner_group (network_id) where kind = 'STEERING';

create table membership (
    id                     uuid        primary key,
    network_id             varchar(63) not null,
    group_id               uuid        not null references partner_group (id),
    partner_id             uuid        not null references partner (id),
    role                   varchar(16) not null check (role in ('MEMBER', 'LEAD', 'PATRON')),
    joined_on              date        not null,
    left_on                date,
    introductory_talk_done boolean     not null,
    version                bigint      not null,
    check (left_on is null or left_on >= joined_on)
);

-- At most one current membership of a partner in a group; ended ones are history.
create unique index membership_one_current on membership (group_id, partner_id) where left_on is null;
create index membership_partner on membership (partner_id);
