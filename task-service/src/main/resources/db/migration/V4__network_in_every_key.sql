-- A network is part of every key. What task-service keeps of other services' objects (partners, their bands,
-- groups, strategic goals) is keyed by network and id, and each id belongs to one network only: nothing of one
-- network can be found, written or moved by naming it in another. A task can name only the owner, group, goal and
-- parent task of its own network.

alter table partner drop constraint partner_pkey;
alter table partner add primary key (network_id, id);
alter table partner add constraint partner_in_one_network unique (id);

alter table partner_band drop constraint partner_band_pkey;
alter table partner_band add primary key (network_id, partner_id);
alter table partner_band add constraint partner_band_in_one_network unique (partner_id);

-- The groups of each network (from group-created and membership events): only their ids, which is all a task names.
create table partner_group (
    network_id varchar(63) not null,
    id         uuid        not null,
    primary key (network_id, id),
    constraint partner_group_in_one_network unique (id)
);

-- The strategic goals of each network (from goal-created and goal-actor-needs-changed).
create table strategic_goal (
    network_id varchar(63) not null,
    id         uuid        not null,
    primary key (network_id, id),
    constraint strategic_goal_in_one_network unique (id)
);

alter table task add constraint task_in_one_network unique (network_id, id);
alter table task drop constraint task_parent_id_fkey;
alter table task add constraint task_parent_in_network
    foreign key (network_id, parent_id) references task (network_id, id);
-- Tasks written before named owners, groups and goals without these checks, and groups and goals were not replicated
-- then: those rows stay as they are (not valid), every reference written from now on is checked.
alter table task add constraint task_assignee_in_network
    foreign key (network_id, assignee_id) references partner (network_id, id) not valid;
alter table task add constraint task_group_in_network
    foreign key (network_id, group_id) references partner_group (network_id, id) not valid;
alter table task add constraint task_goal_in_network
    foreign key (network_id, goal_id) references strategic_goal (network_id, id) not valid;
