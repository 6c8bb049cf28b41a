-- Blobs kept in the database itself (with a PostgreSQL store, so that no node keeps files of its own),
-- in fixed-size chunks so that no blob is ever read or written whole.

-- An upload in progress: its chunks are invisible until a blobs row names the upload.
create table blob_uploads (
    id         varchar(36) not null primary key,
    started_at timestamp with time zone not null
);

create table blob_chunks (
    upload_id varchar(36) not null,
    seq       integer     not null,
    data      bytea       not null,
    constraint blob_chunks_pkey primary key (upload_id, seq)
);

-- A complete blob: its SHA-256, its size, and the upload that holds its bytes.
create table blobs (
    id         char(64)    not null primary key,
    upload_id  varchar(36) not null,
    size       bigint      not null,
    created_at timestamp with time zone not null,
    constraint blobs_upload_id_key unique (upload_id)
);
