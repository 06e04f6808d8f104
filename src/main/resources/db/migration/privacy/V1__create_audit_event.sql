-- The audit log is append-only: the entity is immutable and its repository offers no update or
-- delete; rows of platform-level actions carry the all-zero tenant id.
create table privacy_audit_event (
    id            uuid primary key,
    tenant_id     uuid         not null,
    actor_id      uuid,
    actor_email   varchar(320),
    action        varchar(80)  not null,
    resource_type varchar(40)  not null,
    resource_id   varchar(320) not null,
    outcome       varchar(16)  not null,
    address       varchar(64)  not null,
    user_agent    varchar(300) not null,
    detail        varchar(1000) not null,
    occurred_at   timestamp(6) with time zone not null
);
create index privacy_audit_event_by_tenant on privacy_audit_event (tenant_id, id);
create index privacy_audit_event_by_actor on privacy_audit_event (actor_id, id);
