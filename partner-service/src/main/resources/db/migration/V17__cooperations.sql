-- Cooperations (issue 15, item 2; seed 004: "die abgestimmte, zielgerichtete, zeitlich befristete Zusammenarbeit"):
-- an agreement between partners of a network with a purpose, a period, what each party contributes and a status.
-- The network is part of every key, as everywhere since V7: a cooperation names only partners, goals and cooperations
-- of its own network.

create table cooperation (
    id                     uuid          primary key,
    network_id             varchar(63)   not null references network (id),
    purpose                varchar(2000) not null,
    goal_id                uuid,
    starts_on              date          not null,
    ends_on                date          not null,
    status                 varchar(16)   not null check (status in ('PLANNED', 'ACTIVE', 'ENDED', 'ENDED_EARLY')),
    ended_on               date,
    end_reason             varchar(32),
    end_note               varchar(1000),
    -- The cooperation this one continues: an ended one with a follow-up needs no one's attention.
    follows_cooperation_id uuid,
    -- Parties whose personal data was erased: they left the cooperation, their contribution with them.
    erased_parties         integer       not null default 0,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    version                bigint        not null,
    constraint cooperation_network_key unique (network_id, id),
    constraint cooperation_goal_in_network
        foreign key (network_id, goal_id) references strategic_goal (network_id, id),
    constraint cooperation_follows_in_network
        foreign key (network_id, follows_cooperation_id) references cooperation (network_id, id),
    constraint cooperation_period check (ends_on >= starts_on),
    constraint cooperation_ended
        check ((status in ('ENDED', 'ENDED_EARLY')) = (ended_on is not null)),
    constraint cooperation_end_reason check ((status = 'ENDED_EARLY') = (end_reason is not null))
);

create index cooperation_of_network on cooperation (network_id, status, ends_on);
create index cooperation_follows on cooperation (network_id, follows_cooperation_id);

create table cooperation_party (
    cooperation_id uuid          not null,
    network_id     varchar(63)   not null,
    partner_id     uuid          not null,
    -- The party's own words: what they bring. Never published on an event; deleted with the party's erasure.
    contribution   varchar(2000),
    primary key (cooperation_id, partner_id),
    constraint cooperation_party_cooperation_in_network
        foreign key (network_id, cooperation_id) references cooperation (network_id, id),
    constraint cooperation_party_partner_in_network
        foreign key (network_id, partner_id) references partner (network_id, id)
);

create index cooperation_party_partner on cooperation_party (network_id, partner_id);
