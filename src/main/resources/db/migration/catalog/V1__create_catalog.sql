-- The catalog. Platform-wide content is owned by the all-zero tenant, so the same tenant filter
-- and row-level security apply to it; there is no foreign key to organization_tenant for that
-- reason. Localized texts are JSON objects from locale to text (default locale first); large
-- texts use varchar without a length, unbounded on both PostgreSQL and H2.

create table catalog_domain (
    id         uuid primary key,
    tenant_id  uuid         not null,
    slug       varchar(64)  not null,
    title      varchar(8000) not null,
    created_at timestamp(6) with time zone not null,
    version    bigint       not null default 0,
    constraint catalog_domain_slug_unique unique (tenant_id, slug)
);

create table catalog_track (
    id          uuid primary key,
    tenant_id   uuid         not null,
    domain_id   uuid references catalog_domain (id),
    slug        varchar(64)  not null,
    title       varchar(8000) not null,
    description varchar,
    revision    bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    version     bigint       not null default 0,
    constraint catalog_track_slug_unique unique (tenant_id, slug)
);

create table catalog_course (
    id                     uuid primary key,
    tenant_id              uuid          not null,
    slug                   varchar(64)   not null,
    title                  varchar(8000) not null,
    description            varchar,
    default_locale         varchar(16)   not null,
    level                  varchar(16)   not null,
    category               varchar(64)   not null,
    estimated_hours        numeric(6, 1) not null,
    price                  numeric(9, 2),
    paid                   boolean       not null,
    enrollment             varchar(16)   not null,
    enrollment_key_hash    varchar(64),
    track_id               uuid references catalog_track (id),
    track_position         integer       not null default 0,
    published_version      integer       not null default 0,
    published              boolean       not null default false,
    changed_since_publish  boolean       not null default true,
    published_at           timestamp(6) with time zone,
    published_by           uuid,
    revision               bigint        not null default 0,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    version                bigint        not null default 0,
    constraint catalog_course_slug_unique unique (tenant_id, slug)
);
create index catalog_course_published on catalog_course (tenant_id, published);
create index catalog_course_by_track on catalog_course (track_id, track_position);

create table catalog_module (
    id        uuid primary key,
    tenant_id uuid          not null,
    course_id uuid          not null references catalog_course (id) on delete cascade,
    position  integer       not null,
    title     varchar(8000) not null,
    revision  bigint        not null default 0,
    version   bigint        not null default 0
);
create index catalog_module_by_course on catalog_module (course_id, position);

create table catalog_lesson (
    id                uuid primary key,
    tenant_id         uuid          not null,
    course_id         uuid          not null references catalog_course (id) on delete cascade,
    module_id         uuid          not null references catalog_module (id) on delete cascade,
    position          integer       not null,
    title             varchar(8000) not null,
    kind              varchar(32)   not null,
    estimated_minutes integer       not null,
    concept_keys      varchar(2100) not null,
    revision          bigint        not null default 0,
    version           bigint        not null default 0
);
create index catalog_lesson_by_course on catalog_lesson (course_id, position);
create index catalog_lesson_by_module on catalog_lesson (module_id, position);

create table catalog_block (
    id        uuid primary key,
    tenant_id uuid        not null,
    course_id uuid        not null references catalog_course (id) on delete cascade,
    lesson_id uuid        not null references catalog_lesson (id) on delete cascade,
    position  integer     not null,
    type      varchar(16) not null,
    content   varchar     not null,
    version   bigint      not null default 0
);
create index catalog_block_by_lesson on catalog_block (lesson_id, position);
create index catalog_block_by_course on catalog_block (course_id);

create table catalog_course_version (
    id           uuid primary key,
    tenant_id    uuid    not null,
    course_id    uuid    not null references catalog_course (id) on delete cascade,
    number       integer not null,
    content      varchar not null,
    published_at timestamp(6) with time zone not null,
    published_by uuid    not null,
    constraint catalog_course_version_unique unique (course_id, number)
);

create table catalog_asset (
    id           uuid primary key,
    tenant_id    uuid        not null,
    course_id    uuid        not null references catalog_course (id) on delete cascade,
    name         varchar(100) not null,
    content_type varchar(32) not null,
    size         integer     not null,
    content      bytea       not null,
    created_at   timestamp(6) with time zone not null,
    constraint catalog_asset_name_unique unique (course_id, name)
);
