create table identity_user (
    id                  uuid primary key,
    email               varchar(320) not null,
    password_hash       varchar(100),
    display_name        varchar(120) not null,
    email_verified_at   timestamp(6) with time zone,
    status              varchar(16)  not null,
    platform_admin      boolean      not null default false,
    token_version       integer      not null default 0,
    totp_secret         varchar(64),
    totp_pending_secret varchar(64),
    totp_last_step      bigint       not null default 0,
    locale              varchar(16)  not null,
    time_zone           varchar(64)  not null,
    bio                 varchar(2000),
    visibility          varchar(16)  not null,
    has_avatar          boolean      not null default false,
    created_at          timestamp(6) with time zone not null,
    last_signed_in_at   timestamp(6) with time zone,
    version             bigint       not null default 0,
    constraint identity_user_email_unique unique (email)
);

create table identity_avatar (
    user_id      uuid primary key references identity_user (id) on delete cascade,
    content_type varchar(64) not null,
    content      bytea       not null,
    updated_at   timestamp(6) with time zone not null
);

create table identity_token_family (
    id             uuid primary key,
    user_id        uuid not null references identity_user (id) on delete cascade,
    channel        varchar(16)  not null,
    address        varchar(64)  not null,
    user_agent     varchar(300) not null,
    created_at     timestamp(6) with time zone not null,
    last_used_at   timestamp(6) with time zone not null,
    revoked_at     timestamp(6) with time zone,
    revoked_reason varchar(64)
);
create index identity_token_family_by_user on identity_token_family (user_id);

create table identity_refresh_token (
    id                uuid primary key,
    family_id         uuid not null references identity_token_family (id) on delete cascade,
    user_id           uuid not null references identity_user (id) on delete cascade,
    token_hash        varchar(64) not null,
    session_tenant_id uuid,
    token_version     integer not null,
    created_at        timestamp(6) with time zone not null,
    expires_at        timestamp(6) with time zone not null,
    spent_at          timestamp(6) with time zone,
    constraint identity_refresh_token_hash_unique unique (token_hash)
);
create index identity_refresh_token_by_family on identity_refresh_token (family_id);

create table identity_one_time_code (
    id           uuid primary key,
    user_id      uuid not null references identity_user (id) on delete cascade,
    purpose      varchar(32) not null,
    code_hash    varchar(64) not null,
    attempts     integer not null default 0,
    max_attempts integer not null,
    created_at   timestamp(6) with time zone not null,
    expires_at   timestamp(6) with time zone not null,
    consumed_at  timestamp(6) with time zone
);
create index identity_one_time_code_by_user on identity_one_time_code (user_id, purpose, created_at);
create index identity_one_time_code_by_hash on identity_one_time_code (code_hash);

create table identity_signing_key (
    kid        varchar(64) primary key,
    algorithm  varchar(16)   not null,
    jwk        varchar(4000) not null,
    created_at timestamp(6) with time zone not null
);
