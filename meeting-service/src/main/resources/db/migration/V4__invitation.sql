create table invitation (
    id                        uuid        primary key,
    meeting_id                uuid        not null references meeting (id),
    partner_id                uuid        not null,
    guest                     boolean     not null,
    sent_at                   timestamptz not null,
    days_ahead                integer,
    late                      boolean     not null,
    backfilled                boolean     not null,
    introductory_talk_pending boolean     not null,
    unique (meeting_id, partner_id)
);
