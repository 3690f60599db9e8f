create table network (
    id               varchar(63)  primary key,
    name             varchar(200) not null,
    time_zone        varchar(64)  not null,
    default_language varchar(2)   not null check (default_language in ('de', 'en')),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null
);
