-- The node running each import, so that the others can fail the imports of a node that died.
alter table import_jobs add column node_id varchar(36);
