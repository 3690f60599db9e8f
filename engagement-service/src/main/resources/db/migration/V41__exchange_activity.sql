-- A partner's part in partner-service's resource exchange (issue 15): an offer or a need posted, an exchange agreed
-- or completed. A sign of life for the SILENCE rule by the event's own date, shown with the engagement, never points.
-- A fact like the others: a replay from the beginning truncates it, an erasure deletes the partner's rows.
create table exchange_activity (
    network_id   varchar(63) not null,
    partner_id   uuid        not null,
    activity     varchar(16) not null,
    reference_id uuid        not null,
    occurred_at  timestamptz not null,
    primary key (network_id, partner_id, activity, reference_id)
);
