-- The partners and groups of each network, replicated from partner-events, so that a meeting names a group of its
-- own network and its invitations, answers and attendance name partners of its own network only.

-- A partner is of exactly one network: an event that names them in another goes to the dead-letter topic.
create table partner (
    id              uuid        primary key,
    network_id      varchar(63) not null,
    status          varchar(16) not null,
    profile_version bigint      not null
);

-- Likewise a group; (id, network_id) is what the rows naming a group refer to, so that they name it in its network.
create table partner_group (
    id         uuid        primary key,
    network_id varchar(63) not null,
    unique (id, network_id)
);

-- Before group-created was published, groups were known from their memberships only.
insert into partner_group (id, network_id)
select distinct group_id, network_id from group_member;

alter table group_member
    add constraint group_member_group_of_its_network
        foreign key (group_id, network_id) references partner_group (id, network_id);

-- Meetings scheduled before groups were checked may name a group nobody announced: they stay as they are
-- (not valid), while every meeting scheduled from now on must name a group of its own network.
alter table meeting
    add constraint meeting_group_of_its_network
        foreign key (group_id, network_id) references partner_group (id, network_id) not valid;
