-- The server processes sharing this store, each renewing its lease with a heartbeat, so that work
-- left behind by one that died (kill -9, a lost machine) can be recognised and failed by the others.
create table nodes (
    id           varchar(36) not null primary key,
    host         varchar(255) not null,
    started_at   timestamp with time zone not null,
    heartbeat_at timestamp with time zone not null
);
