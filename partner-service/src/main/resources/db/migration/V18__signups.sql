-- Thementisch sign-ups (issue 15, item 3; seed 003: "einen Thementisch angeboten, an dem sich jeder, der sich
-- einbringen wollte, habe eintragen können"): a coordinator opens a sign-up for a working group, people sign up,
-- each entry becomes (or finds) a partner and a membership waiting for its introductory talk.

create table signup (
    id         uuid         primary key,
    network_id varchar(63)  not null references network (id),
    group_id   uuid         not null,
    -- A meeting of meeting-service the table stood at (a kick-off): kept as given, never looked up.
    meeting_id uuid,
    title      varchar(200),
    status     varchar(8)   not null check (status in ('OPEN', 'CLOSED')),
    opened_at  timestamptz  not null,
    opened_by  varchar(200) not null,
    closed_at  timestamptz,
    version    bigint       not null,
    constraint signup_network_key unique (network_id, id),
    constraint signup_group_in_network foreign key (network_id, group_id) references partner_group (network_id, id)
);

create index signup_of_network on signup (network_id, opened_at desc);

-- An entry names the partner only: name, email and phone are the partner's, kept in one place and erased from there.
create table signup_entry (
    id                 uuid         primary key,
    network_id         varchar(63)  not null,
    signup_id          uuid         not null,
    partner_id         uuid         not null,
    partner_created    boolean      not null,
    membership_started boolean      not null,
    -- The token subject of who entered it: a coordinator at the table, or the member themselves.
    entered_by         varchar(200) not null,
    entered_at         timestamptz  not null,
    constraint signup_entry_signup_in_network foreign key (network_id, signup_id) references signup (network_id, id),
    constraint signup_entry_partner_in_network foreign key (network_id, partner_id) references partner (network_id, id)
);

create index signup_entry_of_signup on signup_entry (signup_id, entered_at);
create index signup_entry_partner on signup_entry (network_id, partner_id);
