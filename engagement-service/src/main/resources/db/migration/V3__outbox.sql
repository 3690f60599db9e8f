-- Transactional outbox: written in the transaction of the change, published and deleted by the relay.
create table outbox_event (
    position    bigint       generated always as identity primary key,
    event_id    uuid         not null unique,
    event_type  varchar(200) not null,
    topic       varchar(200) not null,
    record_key  varchar(200) not null,
    network_id  varchar(63)  not null,
    occurred_at timestamptz  not null,
    payload     text         not null
);

-- NOTIFY is delivered only when the inserting transaction commits: the relay wakes for committed events only.
create function notify_outbox_event() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end;
$$;

create trigger outbox_event_inserted after insert on outbox_event
    for each statement execute function notify_outbox_event();
