-- A network is part of every key: a row names only partners, groups and goals of its own network, so that nothing
-- of one network can be linked to, read through or moved into another, whatever the code above the database does.

alter table partner add constraint partner_network_key unique (network_id, id);
alter table partner_group add constraint partner_group_network_key unique (network_id, id);
alter table strategic_goal add constraint strategic_goal_network_key unique (network_id, id);

-- Memberships and contacts were always written with a group and a partner of their own network: checked in full.
alter table membership
    drop constraint membership_group_id_fkey,
    add constraint membership_group_in_network
        foreign key (network_id, group_id) references partner_group (network_id, id),
    drop constraint membership_partner_id_fkey,
    add constraint membership_partner_in_network
        foreign key (network_id, partner_id) references partner (network_id, id);

alter table contact_entry
    drop constraint contact_entry_partner_id_fkey,
    add constraint contact_entry_partner_in_network
        foreign key (network_id, partner_id) references partner (network_id, id);

-- An actor need belongs to the network of its goal.
alter table actor_need add column network_id varchar(63);
update actor_need need set network_id = goal.network_id from strategic_goal goal where goal.id = need.goal_id;
alter table actor_need
    alter column network_id set not null,
    drop constraint actor_need_goal_id_fkey,
    add constraint actor_need_goal_in_network
        foreign key (network_id, goal_id) references strategic_goal (network_id, id);

-- Responsible and needed partners were accepted from any network before (issue 12). Every row written from now on
-- is checked; older rows are not validated, so that the upgrade cannot fail on them, and their single-column keys
-- stay.
alter table partner add constraint partner_responsible_in_network
    foreign key (network_id, responsible_partner_id) references partner (network_id, id) not valid;
alter table strategic_goal add constraint strategic_goal_responsible_in_network
    foreign key (network_id, responsible_partner_id) references partner (network_id, id) not valid;
alter table actor_need add constraint actor_need_partner_in_network
    foreign key (network_id, partner_id) references partner (network_id, id) not valid;
