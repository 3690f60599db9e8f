-- The network is part of every key (issue 12). Until now a partner, meeting, group, task or goal id alone named a
-- row, so an event or a request of one network could write, move or read another network's rows: a pause from
-- network A moved B's partner's assessment to A, and A's meetings with B's partner as a guest lowered B's score.
-- From here on every key holds the network, and known_subject records the one network each id belongs to, so
-- that an event naming an id of another network is refused (see inbox/NetworkOwnership).

-- Which network each partner, group, meeting, task and goal belongs to, learnt from the first event naming it.
-- The one table keyed by the id alone: it is what tells an id's network.
create table known_subject (
    kind       varchar(16) not null,
    subject_id uuid        not null,
    network_id varchar(63) not null,
    primary key (kind, subject_id)
);

-- What is known already. Where the rows of one id disagree (facts of another network that should have been
-- refused), partner-service's own facts decide, then those of the owning services, then the most rows; the
-- assessments, pauses and alerts that the holes could move or create count least.
insert into known_subject (kind, subject_id, network_id)
select distinct on (kind, subject_id) kind, subject_id, network_id
from (
    select kind, subject_id, network_id, min(authority) as authority, count(*) as rows_seen
    from (
        select 'PARTNER' as kind, partner_id as subject_id, network_id, 1 as authority from membership
        union all select 'PARTNER', partner_id, network_id, 1 from partner_departure
        union all select 'PARTNER', partner_id, network_id, 1 from key_actor
        union all select 'PARTNER', partner_id, network_id, 2 from attendance
        union all select 'PARTNER', partner_id, network_id, 2 from invitation
        union all select 'PARTNER', partner_id, network_id, 2 from rsvp
        union all select 'PARTNER', partner_id, network_id, 2 from minutes_reading
        union all select 'PARTNER', partner_id, network_id, 2 from task
        union all select 'PARTNER', partner_id, network_id, 3 from pause
        union all select 'PARTNER', partner_id, network_id, 3 from alert where partner_id is not null
        union all select 'PARTNER', partner_id, network_id, 3 from partner_engagement
        union all select 'GROUP', group_id, network_id, 1 from membership
        union all select 'GROUP', group_id, network_id, 2 from meeting
        union all select 'GROUP', group_id, network_id, 2 from attendance
        union all select 'GROUP', group_id, network_id, 2 from invitation
        union all select 'GROUP', group_id, network_id, 2 from rsvp
        union all select 'GROUP', group_id, network_id, 2 from minutes_reading
        union all select 'GROUP', group_id, network_id, 2 from task where group_id is not null
        union all select 'GROUP', group_id, network_id, 3 from alert where group_id is not null
        union all select 'MEETING', meeting_id, network_id, 1 from meeting
        union all select 'MEETING', meeting_id, network_id, 2 from attendance
        union all select 'MEETING', meeting_id, network_id, 2 from invitation
        union all select 'MEETING', meeting_id, network_id, 2 from rsvp
        union all select 'MEETING', meeting_id, network_id, 2 from minutes_reading
        union all select 'TASK', task_id, network_id, 1 from task
        union all select 'GOAL', goal_id, network_id, 1 from key_actor
        union all select 'GOAL', goal_id, network_id, 2 from task where goal_id is not null
    ) named
    group by kind, subject_id, network_id
) candidate
order by kind, subject_id, authority, rows_seen desc, network_id;

-- Rows naming an id of another network are what the holes left behind: they go, as if their events had been
-- refused. Alerts raised on such rows go with their evidence.
delete from alert_evidence e using alert a, known_subject s
where e.alert_id = a.id and a.network_id <> s.network_id
  and ((s.kind = 'PARTNER' and s.subject_id = a.partner_id) or (s.kind = 'GROUP' and s.subject_id = a.group_id));
delete from alert a using known_subject s
where a.network_id <> s.network_id
  and ((s.kind = 'PARTNER' and s.subject_id = a.partner_id) or (s.kind = 'GROUP' and s.subject_id = a.group_id));

do $$
declare
    named record;
begin
    for named in select * from (values
            ('attendance', 'partner_id', 'PARTNER'), ('attendance', 'meeting_id', 'MEETING'), ('attendance', 'group_id', 'GROUP'),
            ('invitation', 'partner_id', 'PARTNER'), ('invitation', 'meeting_id', 'MEETING'), ('invitation', 'group_id', 'GROUP'),
            ('rsvp', 'partner_id', 'PARTNER'), ('rsvp', 'meeting_id', 'MEETING'), ('rsvp', 'group_id', 'GROUP'),
            ('minutes_reading', 'partner_id', 'PARTNER'), ('minutes_reading', 'meeting_id', 'MEETING'),
            ('minutes_reading', 'group_id', 'GROUP'),
            ('meeting', 'meeting_id', 'MEETING'), ('meeting', 'group_id', 'GROUP'),
            ('membership', 'partner_id', 'PARTNER'), ('membership', 'group_id', 'GROUP'),
            ('partner_departure', 'partner_id', 'PARTNER'),
            ('task', 'task_id', 'TASK'), ('task', 'partner_id', 'PARTNER'), ('task', 'group_id', 'GROUP'),
            ('task', 'goal_id', 'GOAL'),
            ('key_actor', 'goal_id', 'GOAL'), ('key_actor', 'partner_id', 'PARTNER'),
            ('pause', 'partner_id', 'PARTNER'),
            ('partner_engagement', 'partner_id', 'PARTNER'),
            ('assessment_queue', 'partner_id', 'PARTNER')) as reference(table_name, column_name, kind)
    loop
        execute format('delete from %I f using known_subject s where s.kind = %L and s.subject_id = f.%I '
                       'and s.network_id <> f.network_id', named.table_name, named.kind, named.column_name);
    end loop;
end;
$$;

-- A partner whose assessment stood under another network is assessed again in their own.
insert into assessment_queue (network_id, partner_id)
select s.network_id, s.subject_id from known_subject s
where s.kind = 'PARTNER' and not exists (
    select 1 from partner_engagement e where e.network_id = s.network_id and e.partner_id = s.subject_id);

-- Event ids are unique within their network. Ids recorded before this migration carry no network: if one of
-- those events is delivered again it is applied again, which changes nothing (every fact statement is idempotent).
alter table processed_event add column network_id varchar(63) not null default '';
alter table processed_event alter column network_id drop default;
alter table processed_event drop constraint processed_event_pkey;
alter table processed_event add primary key (network_id, event_id);

alter table attendance drop constraint attendance_meeting_id_partner_id_key;
alter table attendance add constraint attendance_one_per_meeting_and_partner unique (network_id, meeting_id, partner_id);
drop index attendance_partner;
create index attendance_partner on attendance (network_id, partner_id);

alter table membership drop constraint membership_pkey;
alter table membership add primary key (network_id, group_id, partner_id);
drop index membership_partner;
create index membership_partner on membership (network_id, partner_id);

alter table partner_departure drop constraint partner_departure_pkey;
alter table partner_departure add primary key (network_id, partner_id);

alter table meeting drop constraint meeting_pkey;
alter table meeting add primary key (network_id, meeting_id);
drop index meeting_group;
create index meeting_group on meeting (network_id, group_id, starts_at);

alter table invitation drop constraint invitation_pkey;
alter table invitation add primary key (network_id, partner_id, meeting_id);

alter table rsvp drop constraint rsvp_pkey;
alter table rsvp add primary key (network_id, partner_id, meeting_id);

alter table minutes_reading drop constraint minutes_reading_pkey;
alter table minutes_reading add primary key (network_id, partner_id, meeting_id);

alter table task drop constraint task_pkey;
alter table task add primary key (network_id, task_id);
drop index task_partner;
create index task_partner on task (network_id, partner_id);

alter table key_actor drop constraint key_actor_pkey;
alter table key_actor add primary key (network_id, goal_id, partner_id);
drop index key_actor_partner;
create index key_actor_partner on key_actor (network_id, partner_id);

drop index pause_partner;
create index pause_partner on pause (network_id, partner_id);

alter table partner_engagement drop constraint partner_engagement_pkey;
alter table partner_engagement add primary key (network_id, partner_id);

drop index assessment_queue_partner;
create index assessment_queue_partner on assessment_queue (network_id, partner_id);

drop index alert_partner;
create index alert_partner on alert (network_id, partner_id);

-- An alert's evidence is keyed by the alert's network and id: it can only ever belong to an alert of its network.
alter table alert add constraint alert_in_network unique (network_id, id);
alter table alert_evidence add column network_id varchar(63);
update alert_evidence e set network_id = a.network_id from alert a where a.id = e.alert_id;
alter table alert_evidence alter column network_id set not null;
alter table alert_evidence drop constraint alert_evidence_alert_id_fkey;
alter table alert_evidence drop constraint alert_evidence_pkey;
alter table alert_evidence add primary key (network_id, alert_id, kind, reference_id);
alter table alert_evidence add constraint alert_evidence_of_its_alert
    foreign key (network_id, alert_id) references alert (network_id, id);
