-- Tasks as small packages: the goal they serve, a size, tags that say what the work needs, sub-packages,
-- the day they were completed, and a flag when their owner left the network.
alter table task add column goal_id uuid;
alter table task add column parent_id uuid references task (id);
alter table task add column size varchar(2) check (size in ('XS', 'S', 'M', 'L', 'XL'));
alter table task add column tags text[] not null default '{}';
alter table task add column completed_on date;
alter table task add column cancel_reason varchar(500);
alter table task add column needs_reassignment boolean not null default false;

create index task_parent on task (parent_id) where parent_id is not null;
create index task_network_goal on task (network_id, goal_id);
create index task_network_group on task (network_id, group_id);
-- The deadline clock reads open, owned tasks by due date.
create index task_open_due on task (due_date, id)
    where status in ('OPEN', 'IN_PROGRESS') and assignee_id is not null and due_date is not null;

-- Every event processed, recorded in the transaction of its effect: redeliveries are recognised by ce_id.
create table processed_event (
    event_id     uuid         primary key,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null
);

-- Partners as partner-service describes them, replicated from partner-events.
create table partner (
    id              uuid         primary key,
    network_id      varchar(63)  not null,
    status          varchar(16)  not null check (status in ('PROSPECT', 'ACTIVE', 'PAUSED', 'LEFT')),
    expertise       text[]       not null,
    offers          text[]       not null,
    profile_version bigint       not null
);

create index partner_network_status on partner (network_id, status);

-- Engagement bands from engagement-service, kept apart from the profile: the two topics arrive in any order.
create table partner_band (
    partner_id uuid        primary key,
    network_id varchar(63) not null,
    band       varchar(16) not null check (band in ('ENGAGED', 'WATCH', 'AT_RISK')),
    score      int         not null,
    changed_at timestamptz not null
);

-- One row per deadline notice published: the unique key makes each notice happen once per task, threshold
-- and due date, whichever instance of the service claims it. A new due date starts the thresholds over.
create table deadline_notice (
    task_id     uuid        not null references task (id),
    threshold   varchar(16) not null check (threshold in ('DUE_SOON', 'OVERDUE', 'ESCALATION')),
    due_date    date        not null,
    noticed_at  timestamptz not null,
    primary key (task_id, threshold, due_date)
);
