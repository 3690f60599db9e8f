-- Issue 13, item 6: a call made in the follow-up of an alert is one entry of the partner's contact log, learnt from
-- engagement-service's partner-contacted event. Such an entry names its alert and the moment of the contact; it has
-- no author, since events carry no names.
alter table contact_entry
    alter column made_by drop not null,
    add column source varchar(32) not null default 'CONTACT_LOG' check (source in ('CONTACT_LOG', 'ALERT_FOLLOW_UP')),
    add column alert_id uuid,
    add column contacted_at timestamptz,
    add constraint contact_entry_follow_up_complete check (
        (source = 'ALERT_FOLLOW_UP') = (alert_id is not null and contacted_at is not null)),
    add constraint contact_entry_author_unless_follow_up check (source = 'ALERT_FOLLOW_UP' or made_by is not null);
alter table contact_entry alter column source drop default;

-- One entry per contact of a follow-up, however often engagement-service publishes it.
create unique index contact_entry_one_per_follow_up_contact on contact_entry (alert_id, contacted_at)
    where alert_id is not null;

-- Events processed, recorded in the transaction of their effect: a redelivered event is recognised by its ce_id.
create table processed_event (
    event_id     uuid         primary key,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null
);
