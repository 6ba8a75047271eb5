SET search_path = circular_ict, public;
SET client_min_messages = debug1;
EXPLAIN (COSTS OFF) SELECT count(*) FROM asset_states(current_date);
SELECT count(*) FROM asset_states(current_date);
RESET client_min_messages;
EXPLAIN (COSTS OFF, VERBOSE) SELECT * FROM reference_quality;
SELECT count(*) FROM (SELECT * FROM asset a WHERE a.purchased <= current_date) s;
-- a view-shaped report: asset read directly
EXPLAIN (COSTS OFF) SELECT o.name, a.category, count(*) FROM asset a JOIN organisation o ON o.id = a.organisation_id GROUP BY 1, 2;
