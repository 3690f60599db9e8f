-- The key a partner has in the spreadsheet or system a network imports its directory from (issue 15, item 4):
-- a second import finds the partner by it and updates them instead of adding them again. Unique per network;
-- an erased partner loses it, so that the tombstone does not keep the external system's key.
alter table partner add column external_id varchar(100);

create unique index partner_network_external_id on partner (network_id, external_id) where external_id is not null;
