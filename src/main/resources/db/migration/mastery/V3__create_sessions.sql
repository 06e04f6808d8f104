-- Diagnostic (CAT) and review sessions, answered one item at a time. A session keeps the item
-- it is waiting for and, for the diagnostic, the ability estimate after the last answer; the
-- answers are kept so that a retried answer (same sequence number) gets the same reply and so
-- that the diagnostic can be replayed exactly. open_key is set only while a session is open, so
-- the unique constraint allows one open session per learner, kind and subject.
create table mastery_session (
    id              uuid             primary key,
    tenant_id       uuid             not null,
    learner_id      uuid             not null,
    kind            varchar(16)      not null,
    subject         varchar(60),
    status          varchar(16)      not null,
    open_key        varchar(120),
    seed            bigint           not null,
    language        varchar(16)      not null,
    plan            text,
    current_item    uuid,
    presented_at    timestamp(6) with time zone,
    answered        integer          not null,
    theta           double precision not null,
    standard_error  double precision not null,
    stop_reason     varchar(16),
    results         text,
    created_at      timestamp(6) with time zone not null,
    finished_at     timestamp(6) with time zone,
    version         bigint           not null default 0,
    constraint mastery_session_one_open unique (tenant_id, open_key),
    constraint mastery_session_kind check (kind in ('DIAGNOSTIC', 'REVIEW')),
    constraint mastery_session_status check (status in ('OPEN', 'FINISHED')),
    constraint mastery_session_answered check (answered >= 0)
);
create index mastery_session_by_learner on mastery_session (tenant_id, learner_id, created_at);

create table mastery_session_answer (
    session_id        uuid             not null references mastery_session (id),
    sequence          integer          not null,
    tenant_id         uuid             not null,
    learner_id        uuid             not null,
    item_id           uuid             not null,
    concept           varchar(100),
    irt_a             double precision not null,
    irt_b             double precision not null,
    irt_c             double precision not null,
    response          text             not null,
    fraction          double precision not null,
    correct           boolean          not null,
    explanation       text,
    response_time_ms  bigint           not null,
    answered_at       timestamp(6) with time zone not null,
    primary key (session_id, sequence),
    constraint mastery_session_answer_fraction check (fraction between 0 and 1)
);
create index mastery_session_answer_recent on mastery_session_answer (tenant_id, learner_id, answered_at);
