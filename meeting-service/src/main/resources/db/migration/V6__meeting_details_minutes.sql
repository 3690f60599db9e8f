-- Details of a meeting, its life cycle (cancel) and the iCalendar sequence raised on every change.
alter table meeting
    add column time_zone           varchar(64)  not null default 'Europe/Berlin',
    add column format              varchar(32)  not null default 'WORKING_MEETING'
        check (format in ('WORKING_MEETING', 'STEERING_MEETING', 'FORUM', 'FUTURE_WORKSHOP', 'NETWORK_EVENT')),
    add column place               varchar(300),
    add column online_link         varchar(2000),
    add column agenda              text,
    add column status              varchar(16)  not null default 'SCHEDULED' check (status in ('SCHEDULED', 'CANCELLED')),
    add column cancellation_reason varchar(500),
    add column cancelled_at        timestamptz,
    add column sequence            integer      not null default 0,
    add constraint meeting_cancelled_with_reason
        check ((status = 'CANCELLED') = (cancellation_reason is not null and cancelled_at is not null));

-- The defaults only served the rows that existed before; every new meeting states its own.
alter table meeting
    alter column time_zone drop default,
    alter column format drop default,
    alter column status drop default;

create table minutes (
    meeting_id   uuid        primary key references meeting (id),
    text         text,
    link         varchar(2000),
    published_at timestamptz not null,
    updated_at   timestamptz not null,
    days_after   integer     not null check (days_after >= 0),
    late         boolean     not null,
    version      bigint      not null,
    check (text is not null or link is not null)
);

create table minutes_acknowledgement (
    meeting_id      uuid         not null references minutes (meeting_id),
    partner_id      uuid         not null,
    acknowledged_at timestamptz  not null,
    recorded_by     varchar(200) not null,
    primary key (meeting_id, partner_id)
);
