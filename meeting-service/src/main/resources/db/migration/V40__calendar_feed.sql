-- Calendar feeds reachable by a secret link (calendar apps cannot send a bearer token). Only the SHA-256 digest of
-- the secret is kept, so that neither a copy of this database nor its backups open anyone's feed. A revoked feed,
-- and every feed of a partner who leaves the network or is erased, is deleted: nothing answers its link again.
create table calendar_feed (
    id             uuid         primary key,
    network_id     varchar(63)  not null,
    scope          varchar(16)  not null check (scope in ('GROUP', 'MY_MEETINGS')),
    -- The group of a GROUP feed; null for MY_MEETINGS.
    group_id       uuid,
    -- The partner the feed is for: the caller's partner id from their token; null for a coordinator's account
    -- without one (then only GROUP feeds).
    partner_id     uuid,
    -- The token subject that created it: whose feed it is when it is not a partner's.
    created_by     varchar(255) not null,
    -- Granted because the partner belongs to the group (a member's GROUP feed): it dies with the membership.
    via_membership boolean      not null,
    secret_digest  varchar(43)  not null,
    created_at     timestamptz  not null,
    check ((scope = 'GROUP') = (group_id is not null)),
    check (scope = 'GROUP' or partner_id is not null),
    check (not via_membership or (scope = 'GROUP' and partner_id is not null))
);

create unique index calendar_feed_secret on calendar_feed (secret_digest);
create index calendar_feed_network on calendar_feed (network_id, created_at);
create index calendar_feed_partner on calendar_feed (partner_id);
