-- An assignment's automated test settings as MarkUs's current API takes them: one JSON document, kept
-- as text and handed back as given.
create table test_specs (
    assignment_id bigint not null references assignments (id) on delete cascade,
    specs         text   not null,
    updated_at    timestamp with time zone not null,
    constraint test_specs_pkey primary key (assignment_id)
);
