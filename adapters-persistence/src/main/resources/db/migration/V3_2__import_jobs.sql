-- Import jobs outlive the request that started them and are readable from any process.
create table import_jobs (
    id              varchar(36)  not null primary key,
    course_key      varchar(255) not null,
    state           varchar(16)  not null,
    bytes_read      bigint       not null,
    entries_read    bigint       not null,
    version         integer      not null,
    new_version     boolean      not null,
    warnings        text         not null,
    failure_kind    varchar(64),
    failure_message text,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
