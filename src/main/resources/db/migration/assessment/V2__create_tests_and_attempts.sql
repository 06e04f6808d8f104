-- Tests (fixed forms or blueprints with their settings), their schedules for classes, the
-- attempts learners take with the key and the paper frozen at generation, every answer as last
-- autosaved (one row per attempt and slot, kept only when its client sequence is higher), and
-- the idempotency keys submissions were sent with.
create table assessment_quiz (
    id          uuid primary key,
    tenant_id   uuid          not null,
    title       varchar(200)  not null,
    description varchar(20000) not null,
    kind        varchar(16)   not null,
    sections    varchar       not null,
    settings    varchar(4000) not null,
    owner_id    uuid          not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint        not null default 0
);
create index assessment_quiz_by_owner on assessment_quiz (tenant_id, owner_id);

create table assessment_schedule (
    id         uuid primary key,
    tenant_id  uuid        not null,
    quiz_id    uuid        not null references assessment_quiz (id),
    class_id   uuid        not null,
    opens_at   timestamp(6) with time zone not null,
    closes_at  timestamp(6) with time zone not null,
    seed       bigint      not null,
    created_by uuid        not null,
    created_at timestamp(6) with time zone not null
);
create index assessment_schedule_by_class on assessment_schedule (tenant_id, class_id, closes_at);
create index assessment_schedule_by_quiz on assessment_schedule (tenant_id, quiz_id);

create table assessment_attempt (
    id                uuid primary key,
    tenant_id         uuid        not null,
    quiz_id           uuid        not null references assessment_quiz (id),
    schedule_id       uuid        references assessment_schedule (id),
    learner_id        uuid        not null,
    -- the schedule, or the test itself for attempts outside any schedule: one number per learner in it
    scope_id          uuid        not null,
    number            integer     not null,
    seed              bigint      not null,
    status            varchar(16) not null,
    language          varchar(16) not null,
    created_at        timestamp(6) with time zone not null,
    started_at        timestamp(6) with time zone,
    deadline          timestamp(6) with time zone,
    submitted_at      timestamp(6) with time zone,
    automatic         boolean     not null default false,
    current_section   integer     not null default 0,
    section_deadline  timestamp(6) with time zone,
    slot_count        integer     not null,
    answer_key        varchar     not null,
    paper             bytea       not null,
    paper_etag        varchar(80) not null,
    last_seen_at      timestamp(6) with time zone,
    last_slot         varchar(16),
    constraint assessment_attempt_number unique (scope_id, learner_id, number)
);
create index assessment_attempt_by_learner on assessment_attempt (tenant_id, learner_id, quiz_id);
create index assessment_attempt_by_schedule on assessment_attempt (tenant_id, schedule_id);
create index assessment_attempt_by_status on assessment_attempt (status, deadline);

create table assessment_answer (
    tenant_id         uuid        not null,
    attempt_id        uuid        not null references assessment_attempt (id),
    slot              varchar(16) not null,
    response          varchar,
    seq               bigint      not null,
    flagged           boolean     not null,
    time_spent_millis bigint      not null,
    saved_at          timestamp(6) with time zone not null,
    primary key (attempt_id, slot)
);

create table assessment_submit_key (
    id              uuid primary key,
    tenant_id       uuid         not null,
    attempt_id      uuid         not null references assessment_attempt (id),
    learner_id      uuid         not null,
    idempotency_key varchar(100) not null,
    reply           varchar(2000) not null,
    created_at      timestamp(6) with time zone not null,
    constraint assessment_submit_key_unique unique (attempt_id, idempotency_key)
);
