-- A working group can itself be the subject of an alert (GROUP_DYING): such an alert names no partner.
alter table alert alter column partner_id drop not null;
alter table alert add constraint alert_names_a_partner_or_a_group check (partner_id is not null or group_id is not null);

-- One alert per group and rule while its follow-up is open.
create unique index alert_one_open_per_group_and_rule on alert (network_id, group_id, rule)
    where partner_id is null and status in ('OPEN', 'ACKNOWLEDGED', 'CONTACTED');
