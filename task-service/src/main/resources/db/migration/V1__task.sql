create table task (
    id          uuid          primary key,
    network_id  varchar(63)   not null,
    title       varchar(200)  not null,
    description varchar(4000),
    group_id    uuid,
    assignee_id uuid,
    due_date    date,
    status      varchar(16)   not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    created_at  timestamptz   not null,
    version     bigint        not null
);

create index task_network_assignee on task (network_id, assignee_id);
create index task_network_due on task (network_id, due_date);
