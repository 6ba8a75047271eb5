-- The fleet of test/checks/concurrent_load: four organisations, ten
-- product models each, 100,000 assets bought over the last ten years (a
-- third of them retired by every route), and the logs in which the
-- pgbench transactions record what they committed, in the same transaction.
CREATE EXTENSION circular_ict;
INSERT INTO circular_ict.organisation (name) SELECT 'org_' || i FROM generate_series(1, 4) i;
INSERT INTO circular_ict.product_model (organisation_id, manufacturer, model, category, mass_kg, composition,
	embodied_kg_co2e, kwh_per_year, attributes)
SELECT o.id, 'Make', 'M' || m, (ARRAY['laptop', 'desktop', 'monitor', 'smartphone', 'tablet'])[1 + m % 5],
	1 + m % 4, format('Co=%sg, Au=%smg, Nd=%sg, Cu=%sg', 5 + m, 50 + m, m % 3, 100 + 10 * m)::circular_ict.materials,
	100 + 20 * m, 10 + m, jsonb_build_object('warranty_years', 1 + m % 5)
FROM circular_ict.organisation o, generate_series(1, 10) m;
INSERT INTO circular_ict.asset (organisation_id, serial, category, model_id, quantity, purchased, retired, status,
	eol_route, acquired, country)
SELECT g.org, 'A' || g.i, g.category,
	CASE WHEN g.i % 3 <> 0 THEN (SELECT m.id FROM circular_ict.product_model m
								 WHERE m.organisation_id = g.org AND m.category = g.category LIMIT 1) END,
	1 + g.i % 3, g.purchased, g.retired,
	CASE WHEN g.retired IS NOT NULL THEN 'retired' WHEN g.i % 17 = 0 THEN 'in_stock' ELSE 'in_use' END,
	CASE WHEN g.retired IS NOT NULL
		 THEN (ARRAY['reuse', 'refurbishment', 'formal_recycling', 'informal_unknown', 'landfill'])[1 + g.h % 5] END,
	CASE WHEN g.i % 11 = 0 THEN 'refurbished' ELSE 'new' END,
	(ARRAY['NLD', 'BEL', 'FRA', 'DEU', NULL])[1 + g.h % 5]
FROM (SELECT i, 1 + i % 4 AS org, h,
		  (ARRAY['laptop', 'desktop', 'monitor', 'smartphone', 'tablet'])[1 + (h >> 3) % 5] AS category,
		  current_date - 1 - (h % 3650) AS purchased,
		  CASE WHEN h % 10 < 3 AND h % 3650 > 30
			   THEN current_date - 1 - (h % 3650) + ((h >> 5) % (h % 3650)) END AS retired
	  FROM (SELECT i, hashint4(i) & 2147483647 AS h FROM generate_series(1, 100000) i) x) g;

-- what the clients committed
CREATE SEQUENCE load_serial;
CREATE TABLE import_log (client integer, organisation text, model text, staged integer, imported bigint, rejected bigint);
CREATE TABLE update_log (client integer, asset_id bigint, kind text);
-- the register before the run
CREATE TABLE before AS
SELECT count(*) AS assets, sum(quantity) AS units, count(*) FILTER (WHERE status = 'retired') AS retired,
	(SELECT count(*) FROM circular_ict.import_error) AS import_errors,
	(SELECT count(*) FROM circular_ict.product_model) AS models
FROM circular_ict.asset;
ANALYZE;
