-- Spring Modulith's event publication registry: events are stored with the change that
-- published them and marked complete once each listener has handled them.
create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp(6) with time zone
);
create index event_publication_by_listener_and_event on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date on event_publication (completion_date);
