create table rsvp (
    id           uuid         primary key,
    meeting_id   uuid         not null references meeting (id),
    partner_id   uuid         not null,
    answer       varchar(16)  not null check (answer in ('ACCEPTED', 'DECLINED')),
    reason       varchar(500),
    responded_at timestamptz  not null,
    recorded_by  varchar(200) not null,
    unique (meeting_id, partner_id)
);
