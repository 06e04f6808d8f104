create table platform_mail_outbox (
    id         uuid primary key,
    recipient  varchar(320)  not null,
    subject    varchar(300)  not null,
    body       varchar(20000) not null,
    status     varchar(16)   not null,
    attempts   integer       not null default 0,
    last_error varchar(500),
    created_at timestamp(6) with time zone not null,
    sent_at    timestamp(6) with time zone
);
create index platform_mail_outbox_by_status on platform_mail_outbox (status, created_at);
create index platform_mail_outbox_by_recipient on platform_mail_outbox (recipient, created_at);
