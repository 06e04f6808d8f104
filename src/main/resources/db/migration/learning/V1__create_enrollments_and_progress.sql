-- A course given to a class (by a teacher) or a team (by its manager) with a due date.
create table learning_course_assignment (
    id          uuid primary key,
    tenant_id   uuid not null,
    course_id   uuid not null,
    class_id    uuid,
    team_id     uuid,
    due_at      timestamp(6) with time zone not null,
    assigned_by uuid not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    constraint learning_course_assignment_one_group check ((class_id is null) <> (team_id is null)),
    constraint learning_course_assignment_class_unique unique (tenant_id, course_id, class_id),
    constraint learning_course_assignment_team_unique unique (tenant_id, course_id, team_id)
);
create index learning_course_assignment_by_class on learning_course_assignment (tenant_id, class_id);
create index learning_course_assignment_by_team on learning_course_assignment (tenant_id, team_id);

-- One learner in one course of the tenant; withdrawn enrollments keep their progress.
create table learning_enrollment (
    id               uuid primary key,
    tenant_id        uuid not null,
    learner_id       uuid not null,
    course_id        uuid not null,
    source           varchar(16) not null,
    assignment_id    uuid references learning_course_assignment (id) on delete set null,
    deadline_style   varchar(16) not null,
    due_at           timestamp(6) with time zone,
    target_at        timestamp(6) with time zone,
    status           varchar(16) not null,
    enrolled_by      uuid not null,
    enrolled_at      timestamp(6) with time zone not null,
    last_lesson_id   uuid,
    last_activity_at timestamp(6) with time zone,
    completed_at     timestamp(6) with time zone,
    withdrawn_at     timestamp(6) with time zone,
    constraint learning_enrollment_unique unique (tenant_id, learner_id, course_id)
);
create index learning_enrollment_by_course on learning_enrollment (tenant_id, course_id);
create index learning_enrollment_by_assignment on learning_enrollment (assignment_id);

-- A learner's progress in one lesson: at most one row, completed at most once.
create table learning_lesson_progress (
    id            uuid primary key,
    tenant_id     uuid not null,
    learner_id    uuid not null,
    course_id     uuid not null,
    module_id     uuid not null,
    lesson_id     uuid not null,
    started_at    timestamp(6) with time zone not null,
    last_seen_at  timestamp(6) with time zone not null,
    seconds_spent integer not null default 0,
    completed_at  timestamp(6) with time zone,
    constraint learning_lesson_progress_unique unique (tenant_id, learner_id, lesson_id)
);
create index learning_lesson_progress_by_course on learning_lesson_progress (tenant_id, learner_id, course_id);

-- A module a learner completed; the unique key makes ModuleCompleted happen once.
create table learning_module_completion (
    id           uuid primary key,
    tenant_id    uuid not null,
    learner_id   uuid not null,
    course_id    uuid not null,
    module_id    uuid not null,
    completed_at timestamp(6) with time zone not null,
    constraint learning_module_completion_unique unique (tenant_id, learner_id, module_id)
);
