-- One weekly adaptive test per learner and ISO week (2026-W47): the row is inserted in the same
-- transaction that assembles the test, so a second request that week (a double click) waits on
-- the unique key and then finds the first one's test.
create table mastery_weekly_test (
    id          uuid primary key,
    tenant_id   uuid        not null,
    learner_id  uuid        not null,
    week        varchar(8)  not null,
    quiz_id     uuid        not null,
    attempt_id  uuid        not null,
    items       integer     not null,
    theta       double precision not null,
    created_at  timestamp(6) with time zone not null,
    constraint mastery_weekly_test_once unique (tenant_id, learner_id, week)
);

-- Jobs that one node at a time may run (item calibration): a node takes the lock by moving
-- locked_until forward when it has passed. Platform rows: tenant id all zeros.
create table mastery_job_lock (
    name         varchar(60)  primary key,
    tenant_id    uuid         not null,
    locked_until timestamp(6) with time zone not null,
    locked_by    varchar(200) not null
);
insert into mastery_job_lock (name, tenant_id, locked_until, locked_by)
values ('item-calibration', '00000000-0000-0000-0000-000000000000', timestamp with time zone '1970-01-01 00:00:00+00', '');
