-- Erasures of partners (GDPR Art. 17) done here, one row per erasure request, without personal data: the partner is
-- named by the SHA-256 digest of their id only. Nothing leads from the digest back to the id, yet an event naming the
-- partner later, live or replayed, is recognised by it and leaves nothing behind. A replay does not clear this table.
create table partner_erasure (
    erasure_id     uuid        primary key,
    partner_digest varchar(64) not null,
    network_id     varchar(63) not null,
    requested_at   timestamptz not null,
    completed_at   timestamptz not null
);

create index partner_erasure_partner on partner_erasure (partner_digest);
