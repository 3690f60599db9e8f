-- An offer or a need may be posted at a meeting (a Marktplatz at a meeting, seed 003). partner-service does not keep
-- meetings: it learns which meeting ids exist in which network from meeting-service's scheduled.v1 on meeting-events,
-- so that an entry can name only a meeting of its own network. Ids only: nothing about a person.

create table known_meeting (
    meeting_id uuid        primary key,
    network_id varchar(63) not null,
    learnt_at  timestamptz not null,
    constraint known_meeting_network_key unique (network_id, meeting_id)
);

alter table exchange_entry
    add column meeting_id uuid,
    add constraint exchange_entry_meeting_in_network
        foreign key (network_id, meeting_id) references known_meeting (network_id, meeting_id);

create index exchange_entry_meeting on exchange_entry (meeting_id) where meeting_id is not null;
