-- The directory's pages are ordered by name (or by last change), then id, within a network: with an index in that
-- order PostgreSQL walks a page's rows in place instead of sorting the whole network for every page. The index on
-- lower(name) matched no query's order (the name filter is a substring match, which no b-tree serves).
CREATE INDEX partner_network_name_id ON partner (network_id, name, id);
CREATE INDEX partner_network_updated_id ON partner (network_id, updated_at, id);
DROP INDEX partner_network_name;
