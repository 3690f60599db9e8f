-- Export of a partner's personal data (GDPR Art. 15 and 20, issue 14 item 1).
--
-- A job per request: partner-service reads its own part at once (partner_part) and publishes
-- personal-data-export-requested.v1; meeting-, task- and engagement-service answer on personal-data-exports, and each
-- answer's part is kept here until the job's document is deleted. The parts hold personal data, so a finished job's
-- document is deleted after a retention (netzwerk.personal-data-export.retention); the job itself stays with ids and
-- times only (documents_deleted_at says when), so that a late answer is recognised and dropped instead of being taken
-- for an unknown export. The partner's erasure deletes their jobs altogether (PartnerTraces).

create table personal_data_export (
    id                   uuid         primary key,
    network_id           varchar(63)  not null,
    partner_id           uuid         not null,
    requested_at         timestamptz  not null,
    -- The token subject of the caller: a repeated request of the same caller joins their pending job.
    requested_by         varchar(200) not null,
    partner_part         jsonb,
    completed_at         timestamptz,
    documents_deleted_at timestamptz,
    constraint personal_data_export_partner_in_network
        foreign key (network_id, partner_id) references partner (network_id, id),
    constraint personal_data_export_document_or_deleted
        check ((partner_part is null) = (documents_deleted_at is not null))
);

create index personal_data_export_of_partner on personal_data_export (network_id, partner_id, requested_at desc);
create index personal_data_export_with_document on personal_data_export (requested_at) where documents_deleted_at is null;

create table personal_data_export_part (
    export_id   uuid        not null references personal_data_export (id) on delete cascade,
    service     varchar(63) not null,
    -- When the service read its part (its exportedAt), and when it arrived here.
    exported_at timestamptz not null,
    received_at timestamptz not null,
    content     jsonb       not null,
    primary key (export_id, service)
);
