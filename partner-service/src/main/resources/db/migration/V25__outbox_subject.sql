-- ce_subject of an event whose record key is something else, as the other services' outboxes have it, so that every
-- service's relay is the same code. partner-service keys each event by its subject, so it stays null here.
alter table outbox_event add column subject varchar(200);
