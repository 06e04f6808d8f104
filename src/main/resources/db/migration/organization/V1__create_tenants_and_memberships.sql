create table organization_tenant (
    id                uuid primary key,
    slug              varchar(64)  not null,
    name              varchar(120) not null,
    type              varchar(16)  not null,
    status            varchar(16)  not null,
    brand_color       varchar(7)   not null,
    tagline           varchar(200),
    features          varchar(1000) not null,
    retention_days    integer      not null default 730,
    seat_limit        integer,
    self_registration boolean      not null default false,
    created_at        timestamp(6) with time zone not null,
    version           bigint       not null default 0,
    constraint organization_tenant_slug_unique unique (slug)
);

create table organization_membership (
    id         uuid primary key,
    tenant_id  uuid not null references organization_tenant (id),
    user_id    uuid not null references identity_user (id) on delete cascade,
    roles      varchar(200) not null,
    status     varchar(16)  not null,
    created_at timestamp(6) with time zone not null,
    version    bigint not null default 0,
    constraint organization_membership_unique unique (tenant_id, user_id)
);
create index organization_membership_by_user on organization_membership (user_id);

create table organization_class (
    id            uuid primary key,
    tenant_id     uuid not null references organization_tenant (id),
    name          varchar(120) not null,
    grade         varchar(32),
    section       varchar(32),
    academic_year varchar(16),
    created_at    timestamp(6) with time zone not null,
    version       bigint not null default 0
);
create index organization_class_by_tenant on organization_class (tenant_id, id);

create table organization_class_member (
    id         uuid primary key,
    tenant_id  uuid not null references organization_tenant (id),
    class_id   uuid not null references organization_class (id) on delete cascade,
    user_id    uuid not null references identity_user (id) on delete cascade,
    role       varchar(16) not null,
    created_at timestamp(6) with time zone not null,
    constraint organization_class_member_unique unique (class_id, user_id)
);
create index organization_class_member_by_user on organization_class_member (tenant_id, user_id);

create table organization_team (
    id         uuid primary key,
    tenant_id  uuid not null references organization_tenant (id),
    name       varchar(120) not null,
    manager_id uuid references identity_user (id),
    created_at timestamp(6) with time zone not null,
    version    bigint not null default 0
);

create table organization_team_member (
    id         uuid primary key,
    tenant_id  uuid not null references organization_tenant (id),
    team_id    uuid not null references organization_team (id) on delete cascade,
    user_id    uuid not null references identity_user (id) on delete cascade,
    created_at timestamp(6) with time zone not null,
    constraint organization_team_member_unique unique (team_id, user_id)
);

create table organization_guardian_link (
    id           uuid primary key,
    tenant_id    uuid not null references organization_tenant (id),
    parent_id    uuid not null references identity_user (id) on delete cascade,
    child_id     uuid not null references identity_user (id) on delete cascade,
    status       varchar(16) not null,
    requested_by uuid not null,
    confirmed_by uuid,
    created_at   timestamp(6) with time zone not null,
    confirmed_at timestamp(6) with time zone,
    constraint organization_guardian_link_unique unique (tenant_id, parent_id, child_id)
);

create table organization_invitation (
    id           uuid primary key,
    tenant_id    uuid not null references organization_tenant (id),
    email        varchar(320) not null,
    display_name varchar(120) not null,
    roles        varchar(200) not null,
    class_id     uuid references organization_class (id) on delete set null,
    team_id      uuid references organization_team (id) on delete set null,
    token_hash   varchar(64) not null,
    status       varchar(16) not null,
    invited_by   uuid not null,
    created_at   timestamp(6) with time zone not null,
    expires_at   timestamp(6) with time zone not null,
    accepted_at  timestamp(6) with time zone,
    constraint organization_invitation_token_unique unique (token_hash)
);
