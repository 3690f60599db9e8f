-- Facts from partner-, meeting- and task-events. Each table keeps what is needed to score a partner, with the
-- dates of meetings and deadlines themselves; every update is order-independent (see FactStore).

create index attendance_partner on attendance (partner_id);

create table membership (
    group_id   uuid        not null,
    partner_id uuid        not null,
    network_id varchar(63) not null,
    joined_on  date,
    left_on    date,
    version    bigint      not null,
    primary key (group_id, partner_id)
);
create index membership_partner on membership (partner_id);

create table partner_departure (
    partner_id uuid        primary key,
    network_id varchar(63) not null,
    left_at    timestamptz not null
);

-- What is known of each meeting: invitations (coordinators' punctuality), cancellation, minutes.
create table meeting (
    meeting_id            uuid        primary key,
    network_id            varchar(63) not null,
    group_id              uuid        not null,
    starts_at             timestamptz not null,
    invitations_sent_at   timestamptz,
    invitation_days_ahead integer,
    invitations_late      boolean,
    invitations_backfilled boolean,
    cancelled_at          timestamptz,
    minutes_published_at  timestamptz,
    minutes_days_after    integer,
    minutes_late          boolean
);
create index meeting_group on meeting (group_id, starts_at);
create index meeting_network on meeting (network_id, starts_at);

create table invitation (
    partner_id        uuid        not null,
    meeting_id        uuid        not null,
    network_id        varchar(63) not null,
    group_id          uuid        not null,
    meeting_starts_at timestamptz not null,
    backfilled        boolean     not null,
    primary key (partner_id, meeting_id)
);

create table rsvp (
    partner_id        uuid        not null,
    meeting_id        uuid        not null,
    network_id        varchar(63) not null,
    group_id          uuid        not null,
    meeting_starts_at timestamptz not null,
    answer            varchar(16) not null,
    responded_at      timestamptz not null,
    before_meeting    boolean     not null,
    primary key (partner_id, meeting_id)
);

create table minutes_reading (
    partner_id        uuid        not null,
    meeting_id        uuid        not null,
    network_id        varchar(63) not null,
    group_id          uuid        not null,
    meeting_starts_at timestamptz not null,
    asked_at          timestamptz,
    acknowledged_at   timestamptz,
    primary key (partner_id, meeting_id)
);

create table task (
    task_id     uuid         primary key,
    network_id  varchar(63)  not null,
    partner_id  uuid         not null,
    group_id    uuid,
    goal_id     uuid,
    title       varchar(500),
    due_date    date,
    status      varchar(16)  not null,
    -- The earliest event seen of the task: it was someone's task from then on.
    assigned_at timestamptz  not null,
    -- The time of the assignment that made partner_id the assignee: the latest assignment wins.
    assignee_since timestamptz not null,
    closed_on   date
);
create index task_partner on task (partner_id);

create table key_actor (
    goal_id    uuid        not null,
    partner_id uuid        not null,
    network_id varchar(63) not null,
    primary key (goal_id, partner_id)
);
create index key_actor_partner on key_actor (partner_id);

-- Pauses (parental leave, illness, sabbatical): nothing in them counts against the partner, no alert is raised.
create table pause (
    id          uuid         primary key,
    network_id  varchar(63)  not null,
    partner_id  uuid         not null,
    starts_on   date         not null,
    until       date         not null,
    reason      varchar(32)  not null,
    note        varchar(2000),
    created_at  timestamptz  not null,
    created_by  varchar(200) not null
);
create index pause_partner on pause (partner_id);

-- The network's engagement policy: every change is a new version; the highest is in force.
create table engagement_policy (
    network_id             varchar(63)  not null,
    version                integer      not null,
    half_life_days         integer      not null,
    attendance_weight      integer      not null,
    task_weight            integer      not null,
    responsiveness_weight  integer      not null,
    excused_credit         integer      not null,
    late_tolerance_days    integer      not null,
    minutes_read_days      integer      not null,
    engaged_from           integer      not null,
    watch_from             integer      not null,
    baseline_days          integer      not null,
    absence_streak         integer      not null,
    overdue_days           integer      not null,
    silence_days           integer      not null,
    score_drop_limit       integer      not null,
    score_drop_window_days integer      not null,
    invitation_days_ahead  integer      not null,
    minutes_within_days    integer      not null,
    group_quorum_percent   integer      not null,
    changed_at             timestamptz  not null,
    changed_by             varchar(200) not null,
    primary key (network_id, version)
);

-- The latest assessment of each partner, for lists and to notice band changes.
create table partner_engagement (
    partner_id     uuid        primary key,
    network_id     varchar(63) not null,
    score          integer,
    band           varchar(16),
    baseline       integer,
    paused         boolean     not null,
    policy_version integer     not null,
    assessed_on    date        not null,
    assessed_at    timestamptz not null
);
create index partner_engagement_network on partner_engagement (network_id, score);

-- Partners whose facts or policy changed since their last assessment; the recomputation drains it.
create table dirty_partner (
    partner_id uuid        primary key,
    network_id varchar(63) not null
);

-- Follow-up of alerts.
alter table alert add column summary varchar(500);
alter table alert add column acknowledged_at timestamptz;
alter table alert add column acknowledged_by varchar(200);
alter table alert add column contacted_at timestamptz;
alter table alert add column contacted_by varchar(200);
alter table alert add column contact_channel varchar(16);
alter table alert add column cause varchar(32);
alter table alert add column note varchar(2000);
alter table alert add column closed_at timestamptz;
alter table alert add column closed_by varchar(200);
create index alert_partner on alert (partner_id);
