-- Assignments of a course in one tenant, each learner's one submission with its attempts, and
-- the idempotency keys submissions were sent with. The rubric and a grade's picked levels are
-- small JSON values; a grade is kept twice, as the teacher's draft and as released to the learner.
create table coursework_assignment (
    id                   uuid primary key,
    tenant_id            uuid          not null,
    course_id            uuid          not null,
    title                varchar(200)  not null,
    instructions         varchar(20000) not null,
    submission_types     varchar(64)   not null,
    max_points           numeric(7, 2) not null,
    due_at               timestamp(6) with time zone not null,
    late_policy          varchar(16)   not null,
    late_penalty_percent numeric(5, 2) not null,
    late_cutoff_at       timestamp(6) with time zone,
    rubric               varchar(32000),
    published            boolean       not null,
    created_by           uuid          not null,
    created_at           timestamp(6) with time zone not null,
    updated_at           timestamp(6) with time zone not null,
    version              bigint        not null default 0
);
create index coursework_assignment_by_course on coursework_assignment (tenant_id, course_id, due_at);

create table coursework_submission (
    id                       uuid primary key,
    tenant_id                uuid          not null,
    assignment_id            uuid          not null references coursework_assignment (id),
    learner_id               uuid          not null,
    current_attempt_id       uuid          not null,
    attempts                 integer       not null,
    type                     varchar(16)   not null,
    first_submitted_at       timestamp(6) with time zone not null,
    submitted_at             timestamp(6) with time zone not null,
    grade_points             numeric(7, 2),
    grade_levels             varchar(4000),
    grade_feedback           varchar(10000),
    graded_by                uuid,
    graded_at                timestamp(6) with time zone,
    released_points          numeric(7, 2),
    released_penalty_percent numeric(5, 2),
    released_penalty_points  numeric(7, 2),
    released_final_points    numeric(7, 2),
    released_levels          varchar(4000),
    released_feedback        varchar(10000),
    released_late            boolean       not null default false,
    released_by              uuid,
    released_at              timestamp(6) with time zone,
    version                  bigint        not null default 0,
    constraint coursework_submission_one_per_learner unique (assignment_id, learner_id)
);
create index coursework_submission_by_learner on coursework_submission (tenant_id, learner_id);

create table coursework_submission_attempt (
    id                uuid primary key,
    tenant_id         uuid         not null,
    submission_id     uuid         not null references coursework_submission (id),
    attempt_number    integer      not null,
    type              varchar(16)  not null,
    text_content      varchar(50000),
    link_url          varchar(2000),
    file_key          varchar(400),
    file_name         varchar(255),
    file_content_type varchar(120),
    file_size         bigint,
    submitted_at      timestamp(6) with time zone not null,
    constraint coursework_submission_attempt_number unique (submission_id, attempt_number)
);

create table coursework_submit_key (
    id              uuid primary key,
    tenant_id       uuid         not null,
    learner_id      uuid         not null,
    idempotency_key varchar(100) not null,
    request_hash    varchar(64)  not null,
    assignment_id   uuid         not null,
    attempt_id      uuid         not null,
    created_at      timestamp(6) with time zone not null,
    constraint coursework_submit_key_unique unique (tenant_id, learner_id, idempotency_key)
);
