-- Grading: each submitted attempt's per-item scores, its result (one row per attempt, with
-- per-section and per-concept totals as small JSON values), and the items that wait for a
-- person (or, later, the AI grader) to score them.
create table assessment_result (
    id           uuid primary key,
    tenant_id    uuid          not null,
    attempt_id   uuid          not null,
    quiz_id      uuid          not null,
    schedule_id  uuid,
    learner_id   uuid          not null,
    score        numeric(9, 2) not null,
    max_score    numeric(9, 2) not null,
    accuracy     double precision not null,
    sections     varchar(20000) not null,
    concepts     varchar(60000) not null,
    pending      integer       not null,
    final_result boolean       not null,
    started_at   timestamp(6) with time zone not null,
    submitted_at timestamp(6) with time zone not null,
    graded_at    timestamp(6) with time zone,
    updated_at   timestamp(6) with time zone not null,
    version      bigint        not null default 0,
    constraint assessment_result_one_per_attempt unique (attempt_id)
);
create index assessment_result_by_schedule on assessment_result (tenant_id, schedule_id);
create index assessment_result_by_quiz on assessment_result (tenant_id, quiz_id);
create index assessment_result_by_learner on assessment_result (tenant_id, learner_id);

create table assessment_item_score (
    id               uuid primary key,
    tenant_id        uuid          not null,
    attempt_id       uuid          not null,
    slot             varchar(16)   not null,
    section_index    integer       not null,
    item_id          uuid          not null,
    item_version     integer       not null,
    type             varchar(40)   not null,
    outcome          varchar(16)   not null,
    fraction         double precision not null,
    answered         boolean       not null,
    score            numeric(9, 2) not null,
    max_score        numeric(9, 2) not null,
    response_time_ms bigint        not null,
    feedback         varchar(10000),
    grader           varchar(16)   not null,
    graded_by        uuid,
    graded_at        timestamp(6) with time zone not null,
    overridden       boolean       not null default false,
    version          bigint        not null default 0,
    constraint assessment_item_score_one_per_slot unique (attempt_id, slot)
);
create index assessment_item_score_by_item on assessment_item_score (tenant_id, item_id);

create table assessment_grading_task (
    id          uuid primary key,
    tenant_id   uuid          not null,
    attempt_id  uuid          not null,
    slot        varchar(16)   not null,
    item_id     uuid          not null,
    type        varchar(40)   not null,
    quiz_id     uuid          not null,
    schedule_id uuid,
    learner_id  uuid          not null,
    grader      varchar(16)   not null,
    status      varchar(16)   not null,
    levels      varchar(4000),
    created_at  timestamp(6) with time zone not null,
    scored_by   uuid,
    scored_at   timestamp(6) with time zone,
    version     bigint        not null default 0,
    constraint assessment_grading_task_one_per_slot unique (attempt_id, slot)
);
create index assessment_grading_task_queue on assessment_grading_task (tenant_id, status, id);
