-- Every answer a partner gave to each consent, not only the latest: what the partner agreed to, when, recorded by whom
-- (issue 14). The partner row keeps the current answers; this table keeps how they came about.

create table consent_record (
    id          uuid         primary key,
    network_id  varchar(63)  not null,
    partner_id  uuid         not null,
    purpose     varchar(16)  not null check (purpose in ('CONTACT', 'LISTING', 'STAY_LISTED')),
    given       boolean      not null,
    recorded_at timestamptz  not null,
    recorded_by varchar(200),
    constraint consent_record_partner_in_network
        foreign key (network_id, partner_id) references partner (network_id, id)
);

create index consent_record_partner on consent_record (partner_id, recorded_at desc);

-- What is known of the answers given before: the current ones. Staying listed was never asked.
insert into consent_record (id, network_id, partner_id, purpose, given, recorded_at, recorded_by)
select gen_random_uuid(), network_id, id, 'CONTACT', contact_consent, contact_consent_at, contact_consent_by
from partner where contact_consent_at is not null;
insert into consent_record (id, network_id, partner_id, purpose, given, recorded_at, recorded_by)
select gen_random_uuid(), network_id, id, 'LISTING', listing_consent, listing_consent_at, listing_consent_by
from partner where listing_consent_at is not null;
