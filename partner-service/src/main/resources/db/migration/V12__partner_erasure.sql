-- Erasure of a partner's personal data (GDPR Art. 17, issue 14 item 2).
--
-- The partner row stays as a tombstone (id, network, kind, sector, status ERASED, erased_at; every personal column
-- empty), so that the id is never given out again and references to it (memberships, for the groups' counts) still
-- hold. The erasure is recorded without anything about the person: which partner id, when, by which coordinator
-- (their token subject), a reason from a closed list, and which services confirmed their part when.

alter table partner
    alter column name drop not null,
    add column erased_at timestamptz,
    drop constraint partner_status_check,
    add constraint partner_status_check check (status in ('PROSPECT', 'ACTIVE', 'PAUSED', 'LEFT', 'ERASED')),
    add constraint partner_erased_at_when_erased check ((status = 'ERASED') = (erased_at is not null)),
    add constraint partner_named_unless_erased check (status = 'ERASED' or name is not null),
    add constraint partner_erased_holds_nothing check (status <> 'ERASED' or (name is null and email is null
        and phone is null and interests is null and offers is null and responsible_partner_id is null
        and contact_consent_by is null and listing_consent_by is null and stay_listed_consent_by is null));

create table partner_erasure (
    id           uuid         primary key,
    network_id   varchar(63)  not null,
    partner_id   uuid         not null unique,
    reason       varchar(32)  not null check (reason in ('PARTNER_REQUEST', 'LEFT_LONG_AGO', 'CONSENT_WITHDRAWN', 'OTHER')),
    requested_at timestamptz  not null,
    requested_by varchar(200) not null,
    constraint partner_erasure_partner_in_network
        foreign key (network_id, partner_id) references partner (network_id, id)
);

create table erasure_confirmation (
    erasure_id   uuid         not null references partner_erasure (id),
    service      varchar(63)  not null,
    confirmed_at timestamptz  not null,
    primary key (erasure_id, service)
);
