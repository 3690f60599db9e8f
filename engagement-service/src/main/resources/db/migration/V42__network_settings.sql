-- A network's time zone and language as partner-service last published them (network-registered, network-updated):
-- the days of streaks, windows and "today" are calendar days in the network's zone. version is the network's own;
-- an older event never overwrites a newer one. A network not (yet) here is taken to be in Europe/Berlin, in German.
-- Not cleared by a replay: the replay reads the same events again, and the version keeps the newest.
create table network_settings (
    network_id       varchar(63) primary key,
    time_zone        varchar(64) not null,
    default_language varchar(16) not null,
    version          bigint      not null,
    as_of            timestamptz not null
);
