create table strategic_goal (
    id                     uuid         primary key,
    network_id             varchar(63)  not null references network (id),
    title                  varchar(200) not null,
    category               varchar(32)  not null,
    priority               integer      not null check (priority between 1 and 5),
    responsible_partner_id uuid references partner (id),
    created_at             timestamptz  not null,
    version                bigint       not null
);

create table actor_need (
    id          uuid          primary key,
    goal_id     uuid          not null references strategic_goal (id),
    position    integer       not null,
    partner_id  uuid references partner (id),
    description varchar(200),
    sector      varchar(32),
    purpose     varchar(500)  not null,
    key_actor   boolean       not null,
    check (partner_id is not null or description is not null)
);

create index actor_need_goal on actor_need (goal_id);
create index actor_need_partner on actor_need (partner_id);
