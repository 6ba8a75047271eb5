-- pgbench: retire one asset of the first 100,000 by a route, or add a unit
-- to one; the log row is written only when the update happened
\set id random(1, 100000)
\set kind random(1, 2)
BEGIN;
WITH u AS (
	UPDATE circular_ict.asset
	SET status = 'retired', retired = current_date,
		eol_route = (ARRAY['reuse', 'refurbishment', 'formal_recycling', 'informal_unknown', 'landfill'])[1 + :id % 5]
	WHERE id = :id AND :kind = 1 AND status <> 'retired'
	RETURNING id)
INSERT INTO update_log (client, asset_id, kind) SELECT :client_id, id, 'retire' FROM u;
WITH u AS (
	UPDATE circular_ict.asset SET quantity = quantity + 1 WHERE id = :id AND :kind = 2
	RETURNING id)
INSERT INTO update_log (client, asset_id, kind) SELECT :client_id, id, 'unit' FROM u;
END;
