-- The concept graph: concepts and the prerequisite edges between them, per tenant. Platform
-- concepts (tenant_id all zeros) are read by every tenant; a tenant's own concepts may need
-- platform concepts but never reuse a platform key (checked on import). Edges name concepts by
-- key, not id, so that an import can replace a graph without renumbering anything and items and
-- lessons, tagged by key, keep their meaning.
create table mastery_concept (
    id          uuid primary key,
    tenant_id   uuid             not null,
    concept_key varchar(100)     not null,
    name        varchar(200)     not null,
    subject     varchar(60)      not null,
    layer       integer          not null,
    parent_key  varchar(100),
    difficulty  integer          not null,
    exam_weight double precision not null,
    description varchar(1000),
    created_by  uuid             not null,
    created_at  timestamp(6) with time zone not null,
    updated_by  uuid             not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint           not null default 0,
    constraint mastery_concept_key unique (tenant_id, concept_key),
    constraint mastery_concept_layer check (layer >= 1),
    constraint mastery_concept_difficulty check (difficulty between 1 and 5),
    constraint mastery_concept_exam_weight check (exam_weight between 0 and 1)
);
create index mastery_concept_by_subject on mastery_concept (tenant_id, subject, layer);

create table mastery_prerequisite (
    id               uuid primary key,
    tenant_id        uuid             not null,
    concept_key      varchar(100)     not null,
    prerequisite_key varchar(100)     not null,
    weight           double precision not null,
    kind             varchar(4)       not null,
    transfer         double precision not null,
    created_by       uuid             not null,
    created_at       timestamp(6) with time zone not null,
    version          bigint           not null default 0,
    constraint mastery_prerequisite_once unique (tenant_id, concept_key, prerequisite_key),
    constraint mastery_prerequisite_weight check (weight between 0 and 1),
    constraint mastery_prerequisite_transfer check (transfer between 0 and 1),
    constraint mastery_prerequisite_kind check (kind in ('HARD', 'SOFT'))
);
create index mastery_prerequisite_by_prerequisite on mastery_prerequisite (tenant_id, prerequisite_key);
