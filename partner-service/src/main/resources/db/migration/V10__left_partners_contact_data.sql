-- A partner who left loses email and phone after a grace period, unless they consented to stay listed (issue 14).

alter table partner
    add column left_at                     timestamptz,
    add column stay_listed_consent         boolean not null default false,
    add column stay_listed_consent_at      timestamptz,
    add column stay_listed_consent_by      varchar(200),
    add column contact_data_removed_at     timestamptz,
    add column contact_data_removed_fields varchar(40);

-- Partners who left before this migration: the last change of their profile is the latest they can have left, so
-- their grace period is never shorter than it should be.
update partner set left_at = updated_at where status = 'LEFT';

alter table partner
    add constraint partner_left_at_when_left check ((status = 'LEFT') = (left_at is not null)),
    add constraint partner_removal_names_fields
        check ((contact_data_removed_at is null) = (contact_data_removed_fields is null));

-- What the removal job looks for: partners who left and still have contact data.
create index partner_left_with_contact_data on partner (left_at)
    where status = 'LEFT' and (email is not null or phone is not null);
