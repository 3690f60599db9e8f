-- ce_subject of an event whose record key is something else: personal-data-exported is keyed by the export (all
-- parts of one export on one partition, in order) while it is about the partner. Null: the subject is the key.
alter table outbox_event add column subject varchar(200);
