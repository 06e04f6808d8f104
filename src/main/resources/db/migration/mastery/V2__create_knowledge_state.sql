-- Each learner's knowledge state: one row per learner and concept with evidence (mastery,
-- counts, memory and the next review), one row per learner (the model's learner trace, ability,
-- diagnostic, exam date), the response log every update is rebuilt from, and the source events
-- (graded attempts) already applied, so that an event delivered twice is applied once.
create table mastery_knowledge (
    id                uuid primary key,
    tenant_id         uuid             not null,
    learner_id        uuid             not null,
    concept           varchar(200)     not null,
    mastery           double precision not null,
    attempts          integer          not null,
    correct           integer          not null,
    last_practice     timestamp(6) with time zone,
    stability         double precision not null,
    memory_difficulty double precision not null,
    reviews           integer          not null,
    next_review       timestamp(6) with time zone,
    confidence        double precision not null,
    prior             double precision,
    trace             varchar(2000)    not null,
    updated_at        timestamp(6) with time zone not null,
    version           bigint           not null default 0,
    constraint mastery_knowledge_one_per_concept unique (tenant_id, learner_id, concept)
);
-- The due queue (seed 004 query 1): a range scan over one learner's rows up to now.
create index mastery_knowledge_due on mastery_knowledge (tenant_id, learner_id, next_review);

create table mastery_learner (
    id                   uuid primary key,
    tenant_id            uuid             not null,
    learner_id           uuid             not null,
    trace                varchar(2000)    not null,
    theta                double precision not null,
    theta_se             double precision not null,
    diagnosed            boolean          not null,
    diagnostic_theta     double precision,
    diagnostic_theta_se  double precision,
    exam_date            date,
    updated_at           timestamp(6) with time zone not null,
    version              bigint           not null default 0,
    constraint mastery_learner_one_per_learner unique (tenant_id, learner_id)
);

create table mastery_response (
    id                 uuid primary key,
    tenant_id          uuid             not null,
    learner_id         uuid             not null,
    item_id            uuid,
    concept            varchar(200),
    secondary_concepts varchar(2000)    not null,
    outcome            double precision not null,
    difficulty         double precision not null,
    discrimination     double precision not null,
    theta              double precision not null,
    answered_at        timestamp(6) with time zone not null,
    response_time_ms   bigint           not null,
    source             varchar(16)      not null,
    source_id          uuid             not null
);
create index mastery_response_by_learner on mastery_response (tenant_id, learner_id, answered_at);
create index mastery_response_by_source on mastery_response (tenant_id, source_id);
create index mastery_response_by_item on mastery_response (tenant_id, item_id, answered_at);

create table mastery_processed_event (
    id           uuid primary key,
    tenant_id    uuid        not null,
    learner_id   uuid        not null,
    source       varchar(16) not null,
    source_id    uuid        not null,
    processed_at timestamp(6) with time zone not null,
    constraint mastery_processed_event_once unique (tenant_id, source, source_id)
);
