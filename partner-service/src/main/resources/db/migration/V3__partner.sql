create table partner (
    id                 uuid         primary key,
    network_id         varchar(63)  not null references network (id),
    kind               varchar(16)  not null check (kind in ('ORGANISATION', 'PERSON')),
    sector             varchar(32)  not null,
    name               varchar(200) not null,
    email              varchar(254),
    phone              varchar(40),
    interests          varchar(2000),
    offers             varchar(2000),
    status             varchar(16)  not null check (status in ('PROSPECT', 'ACTIVE', 'PAUSED', 'LEFT')),
    contact_consent    boolean      not null,
    contact_consent_at timestamptz,
    contact_consent_by varchar(200),
    listing_consent    boolean      not null,
    listing_consent_at timestamptz,
    listing_consent_by varchar(200),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null
);

create index partner_network_name on partner (network_id, lower(name));

create table partner_expertise (
    partner_id uuid         not null references partner (id),
    tag        varchar(100) not null,
    primary key (partner_id, tag)
);

create index partner_expertise_tag on partner_expertise (tag);
