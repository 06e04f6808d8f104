-- Item banks of a tenant (or of the platform, tenant_id all zeros, read by every tenant), their
-- category trees, and their items. An item's body is the JSON its type defines
-- (docs/item-format.md), kept as text; item_version counts edits of the body, so that attempts
-- can say which version they used. assessment_item_concept lists every concept key an item
-- tests (primary and secondary), so that a blueprint finds candidates by concept through an index.
create table assessment_item_bank (
    id          uuid primary key,
    tenant_id   uuid          not null,
    name        varchar(200)  not null,
    description varchar(4000),
    created_by  uuid          not null,
    created_at  timestamp(6) with time zone not null,
    updated_by  uuid          not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint        not null default 0
);
create index assessment_item_bank_by_tenant on assessment_item_bank (tenant_id, name);

create table assessment_item_category (
    id         uuid primary key,
    tenant_id  uuid          not null,
    bank_id    uuid          not null references assessment_item_bank (id),
    parent_id  uuid          references assessment_item_category (id),
    name       varchar(200)  not null,
    path       varchar(2000) not null,
    created_at timestamp(6) with time zone not null,
    version    bigint        not null default 0,
    constraint assessment_item_category_path unique (bank_id, path)
);
create index assessment_item_category_by_bank on assessment_item_category (tenant_id, bank_id, path);

create table assessment_item (
    id                 uuid primary key,
    tenant_id          uuid           not null,
    bank_id            uuid           not null references assessment_item_bank (id),
    category_id        uuid           references assessment_item_category (id),
    type               varchar(40)    not null,
    body               varchar(65536) not null,
    locale             varchar(16)    not null,
    translations       varchar(600000),
    title              varchar(200),
    marks              numeric(7, 2)  not null,
    negative_marks     numeric(7, 2)  not null,
    difficulty         varchar(10)    not null,
    irt_a              double precision not null,
    irt_b              double precision not null,
    irt_c              double precision not null,
    irt_calibrated     boolean        not null,
    primary_concept    varchar(100),
    secondary_concepts varchar(2100)  not null,
    explanation        varchar(20000),
    source             varchar(200),
    source_year        integer,
    exposures          bigint         not null default 0,
    facility           double precision,
    discrimination     double precision,
    item_version       integer        not null,
    retired            boolean        not null default false,
    created_by         uuid           not null,
    created_at         timestamp(6) with time zone not null,
    updated_by         uuid           not null,
    updated_at         timestamp(6) with time zone not null,
    version            bigint         not null default 0
);
create index assessment_item_candidates on assessment_item (tenant_id, bank_id, primary_concept, difficulty);
create index assessment_item_by_bank on assessment_item (tenant_id, bank_id, id);

create table assessment_item_concept (
    id        uuid primary key,
    tenant_id uuid         not null,
    bank_id   uuid         not null references assessment_item_bank (id),
    item_id   uuid         not null references assessment_item (id),
    concept   varchar(100) not null,
    constraint assessment_item_concept_once unique (item_id, concept)
);
create index assessment_item_concept_by_concept on assessment_item_concept (tenant_id, bank_id, concept, item_id);
