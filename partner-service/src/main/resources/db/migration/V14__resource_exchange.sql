-- The resource exchange (issue 15, item 1; seed 001 "Ressourcen-Börse", seed 003 "Marktplatzmethode"): partners
-- offer and need rooms, know-how, time, equipment, contacts, transport — anything but money — and coordinators or the
-- partners themselves bring an offer and a need together in a match. The network is part of every key.

create table exchange_entry (
    id          uuid          primary key,
    network_id  varchar(63)   not null,
    side        varchar(8)    not null check (side in ('OFFER', 'NEED')),
    partner_id  uuid          not null,
    kind        varchar(16)   not null
        check (kind in ('ROOM', 'KNOW_HOW', 'TIME', 'EQUIPMENT', 'CONTACTS', 'TRANSPORT', 'OTHER')),
    description varchar(2000) not null,
    valid_until date          not null,
    posted_by   varchar(200)  not null,
    posted_at   timestamptz   not null,
    constraint exchange_entry_network_key unique (network_id, id),
    constraint exchange_entry_partner_in_network foreign key (network_id, partner_id) references partner (network_id, id)
);

-- The open lists: a network's offers or needs still valid on a day.
create index exchange_entry_open on exchange_entry (network_id, side, valid_until);
create index exchange_entry_partner on exchange_entry (partner_id);

create table exchange_entry_tag (
    entry_id uuid        not null references exchange_entry (id) on delete cascade,
    tag      varchar(40) not null,
    primary key (entry_id, tag)
);

create index exchange_entry_tag_tag on exchange_entry_tag (tag);

-- A side is empty (entry and partner null) once its partner's personal data was erased.
create table exchange_match (
    id                  uuid         primary key,
    network_id          varchar(63)  not null,
    offer_id            uuid,
    need_id             uuid,
    offering_partner_id uuid,
    needing_partner_id  uuid,
    kind                varchar(16)  not null
        check (kind in ('ROOM', 'KNOW_HOW', 'TIME', 'EQUIPMENT', 'CONTACTS', 'TRANSPORT', 'OTHER')),
    status              varchar(16)  not null check (status in ('PROPOSED', 'AGREED', 'DONE', 'WITHDRAWN')),
    proposed_by         varchar(200),
    proposed_at         timestamptz  not null,
    agreed_by           varchar(200),
    agreed_at           timestamptz,
    completed_by        varchar(200),
    completed_at        timestamptz,
    withdrawn_by        varchar(200),
    withdrawn_at        timestamptz,
    version             bigint       not null default 0,
    constraint exchange_match_offer_in_network foreign key (network_id, offer_id) references exchange_entry (network_id, id),
    constraint exchange_match_need_in_network foreign key (network_id, need_id) references exchange_entry (network_id, id),
    constraint exchange_match_offering_partner_in_network
        foreign key (network_id, offering_partner_id) references partner (network_id, id),
    constraint exchange_match_needing_partner_in_network
        foreign key (network_id, needing_partner_id) references partner (network_id, id),
    constraint exchange_match_entry_with_partner
        check ((offer_id is null or offering_partner_id is not null) and (need_id is null or needing_partner_id is not null))
);

-- One live match per offer and need: proposing the pair again is refused until it is withdrawn.
create unique index exchange_match_live_pair on exchange_match (offer_id, need_id) where status <> 'WITHDRAWN';
create index exchange_match_network_status on exchange_match (network_id, status);
create index exchange_match_offering_partner on exchange_match (offering_partner_id);
create index exchange_match_needing_partner on exchange_match (needing_partner_id);
