-- One case per partner (issue 13, item 4): the rules that hold for a partner at the same time are the reasons of one
-- case with one follow-up; a coordinator calls once. A group's alerts (GROUP_DYING) are a case per group. An alert
-- stays one row per rule (the list per rule, the events per alert); the case is what is followed up and counted.
create table alert_case (
    id             uuid        primary key,
    network_id     varchar(63) not null,
    partner_id     uuid,
    group_id       uuid,
    -- Where the follow-up of its standing reasons stands; DISMISSED with closing_reason CONDITION_ENDED when the
    -- service withdrew every reason before anyone followed the case up.
    status         varchar(16) not null,
    opened_at      timestamptz not null,
    closed_at      timestamptz,
    closing_reason varchar(32),
    version        bigint      not null,
    constraint alert_case_in_network unique (network_id, id),
    constraint alert_case_names_a_partner_or_a_group check (partner_id is not null or group_id is not null)
);

-- At most one open case per partner, and per group for a group's case: a new reason joins it.
create unique index alert_case_one_open_per_partner on alert_case (network_id, partner_id)
    where partner_id is not null and status in ('OPEN', 'ACKNOWLEDGED', 'CONTACTED');
create unique index alert_case_one_open_per_group on alert_case (network_id, group_id)
    where partner_id is null and status in ('OPEN', 'ACKNOWLEDGED', 'CONTACTED');
create index alert_case_network_opened on alert_case (network_id, opened_at desc);

alter table alert add column case_id uuid;

-- The open alerts of one partner become one case, standing where the furthest of them stands.
insert into alert_case (id, network_id, partner_id, group_id, status, opened_at, version)
select gen_random_uuid(), network_id, partner_id, null,
       case when bool_or(status = 'CONTACTED') then 'CONTACTED'
            when bool_or(status = 'ACKNOWLEDGED') then 'ACKNOWLEDGED' else 'OPEN' end,
       min(raised_at), 0
from alert where partner_id is not null and status in ('OPEN', 'ACKNOWLEDGED', 'CONTACTED')
group by network_id, partner_id;
update alert a set case_id = c.id from alert_case c
where a.network_id = c.network_id and a.partner_id = c.partner_id and a.status in ('OPEN', 'ACKNOWLEDGED', 'CONTACTED');

-- From here on the reasons of a case move together: a reason behind the one furthest along in its follow-up takes
-- that follow-up (so a reason nobody acted on is not withdrawn from a case a coordinator is on). Its note stays.
update alert a
set status = f.status, acknowledged_at = f.acknowledged_at, acknowledged_by = f.acknowledged_by,
    contacted_at = f.contacted_at, contacted_by = f.contacted_by, contact_channel = f.contact_channel
from (
    select distinct on (case_id) case_id, status, acknowledged_at, acknowledged_by, contacted_at, contacted_by,
           contact_channel,
           case status when 'CONTACTED' then 2 when 'ACKNOWLEDGED' then 1 else 0 end as stage
    from alert where case_id is not null
    order by case_id, case status when 'CONTACTED' then 2 when 'ACKNOWLEDGED' then 1 else 0 end desc, raised_at
) f
where a.case_id = f.case_id
  and case a.status when 'CONTACTED' then 2 when 'ACKNOWLEDGED' then 1 else 0 end < f.stage;

-- The open alert of a group is its case (one open alert per group and rule, and GROUP_DYING is the one group rule).
insert into alert_case (id, network_id, partner_id, group_id, status, opened_at, version)
select gen_random_uuid(), network_id, null, group_id,
       case when bool_or(status = 'CONTACTED') then 'CONTACTED'
            when bool_or(status = 'ACKNOWLEDGED') then 'ACKNOWLEDGED' else 'OPEN' end,
       min(raised_at), 0
from alert where partner_id is null and status in ('OPEN', 'ACKNOWLEDGED', 'CONTACTED')
group by network_id, group_id;
update alert a set case_id = c.id from alert_case c
where a.partner_id is null and c.partner_id is null and a.network_id = c.network_id and a.group_id = c.group_id
  and a.status in ('OPEN', 'ACKNOWLEDGED', 'CONTACTED');

-- Each closed alert was followed up on its own: it is a case of its own, named by the alert's id.
insert into alert_case (id, network_id, partner_id, group_id, status, opened_at, closed_at, closing_reason, version)
select id, network_id, partner_id, case when partner_id is null then group_id end, status, raised_at, closed_at,
       closing_reason, 0
from alert where case_id is null;
update alert set case_id = id where case_id is null;

alter table alert alter column case_id set not null;
alter table alert add constraint alert_reason_of_its_case
    foreign key (network_id, case_id) references alert_case (network_id, id);
create index alert_case_reasons on alert (network_id, case_id);
