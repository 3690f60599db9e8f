-- A partner withdraws an offer or a need before it expires (it was given away elsewhere, the room is booked): the entry
-- stays, for the matches that name it, but leaves the open lists. Who withdrew it is a token subject, like posted_by.
alter table exchange_entry
    add column withdrawn_at timestamp with time zone,
    add column withdrawn_by text,
    add constraint exchange_entry_withdrawn_with_author check ((withdrawn_at is null) = (withdrawn_by is null));
