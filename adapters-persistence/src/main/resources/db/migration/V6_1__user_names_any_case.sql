-- User names are unique regardless of letter case (issue 17). Neither an expression index nor one
-- generated-column syntax is common to H2 and PostgreSQL, so the store keeps lower(user_name) here.
-- If two existing users differ only in case, adding the constraint fails and so does the migration:
-- the server does not start until one of them is renamed; nothing is merged behind anyone's back.
alter table users add column user_name_key varchar(80);
update users set user_name_key = lower(user_name);
alter table users alter column user_name_key set not null;
alter table users add constraint users_user_name_key_key unique (user_name_key);
