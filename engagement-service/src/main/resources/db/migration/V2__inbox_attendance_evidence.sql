-- Every event processed, recorded in the transaction of its effect: redeliveries are recognised by ce_id.
create table processed_event (
    event_id     uuid         primary key,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null
);

-- The latest attendance per meeting and partner, as meeting-service reported it.
create table attendance (
    id                uuid        primary key,
    network_id        varchar(63) not null,
    meeting_id        uuid        not null,
    group_id          uuid        not null,
    partner_id        uuid        not null,
    meeting_starts_at timestamptz not null,
    status            varchar(16) not null,
    revision          integer     not null,
    unique (meeting_id, partner_id)
);

create index attendance_partner_group on attendance (network_id, partner_id, group_id, meeting_starts_at desc);

alter table alert add column group_id uuid;

create table alert_evidence (
    alert_id     uuid        not null references alert (id),
    kind         varchar(16) not null,
    reference_id uuid        not null,
    group_id     uuid,
    occurred_at  timestamptz not null,
    primary key (alert_id, kind, reference_id)
);

-- One alert per partner and rule while its follow-up is open.
create unique index alert_one_open_per_partner_and_rule on alert (network_id, partner_id, rule)
    where status in ('OPEN', 'ACKNOWLEDGED', 'CONTACTED');
