-- task-service's deadline clock owns when a task is overdue: engagement counts an open task as overdue only once the
-- clock's task-overdue notice for its current due date has arrived. One row per task and due date noticed, so a
-- notice for an older due date stays apart from the current one, whatever order the events arrive in.
create table task_overdue_notice (
    network_id varchar(63) not null,
    task_id    uuid        not null,
    due_date   date        not null,
    noticed_on date        not null,
    primary key (network_id, task_id, due_date)
);
