-- A deterministic synthetic fleet for benchmarks (psql; the extension
-- installed in schema circular_ict).  Variables: :assets (rows), :organisations.
-- Expects a register without organisations and models (a new database).
-- Creates table bench_fleet: one row per asset line, typed, relative to
-- current_date (so the states are those of today), and the product-model
-- catalogue in circular_ict.product_model (ids 1..270, shared: organisation_id
-- NULL).  The caller loads bench_fleet into asset or stages it as text.
--
-- The shape (made up, not a real register; sized like a buyer group):
--  - organisations of uneven size: organisation k holds about
--    sqrt(k/n) - sqrt((k-1)/n) of the assets (the largest ~10 %, the
--    smallest ~0.5 %);
--  - categories: laptop 35 %, monitor 25 %, smartphone 15 %, desktop 12 %,
--    tablet 4 %, printer 3 %, thin client 3 %, server 2 %, network switch 1 %;
--  - purchased uniformly over the last 10 years; a life drawn from a
--    Weibull per category; retired when that life has passed (~40 %), by
--    route formal recycling 45 %, informal/unknown 20 %, reuse 15 %,
--    refurbishment 15 %, landfill 5 %;  3 % of the units in service in stock;
--  - 6 % bought refurbished; 3 % lines of 2 to 20 identical units;
--  - 35 % with a catalogue model (30 per category, half of them with a
--    composition, declared attributes for the purchasing criteria);
--    2 % with their own mass and embodied emissions;
--  - countries: NLD 80 %, BEL 6 %, DEU 5 %, FRA 3 %, GBR 2 %, AND 1 %
--    (no grid factor: world average), unknown 3 %.
-- random() after setseed() makes the rows the same on every run (one
-- backend; random() is parallel restricted, so the scan is not split).

SELECT setseed(0.6) \gset

-- the catalogue: 30 models per category, ids category_index * 30 + 1..30
INSERT INTO circular_ict.product_model (id, organisation_id, manufacturer, model, category,
		mass_kg, composition, embodied_kg_co2e, kwh_per_year, attributes)
SELECT c.k * 30 + m, NULL, 'Bench ' || chr(65 + m % 5), format('%s model %s', c.name, m), c.name,
	CASE WHEN m % 3 = 0 THEN round((d.typical_mass_kg * (0.8 + m / 75.0))::numeric, 3)::float8 END,
	CASE WHEN m % 2 = 0 THEN cc.composition OPERATOR(circular_ict.*) (0.8 + m / 75.0)::float8 END,
	CASE WHEN m % 4 = 0 THEN round((d.embodied_kg_co2e * (0.7 + m / 50.0))::numeric, 1)::float8 END,
	CASE WHEN m % 5 = 0 THEN round((d.kwh_per_year * (0.6 + m / 40.0))::numeric, 1)::float8 END,
	jsonb_strip_nulls(jsonb_build_object(
		'warranty_years', CASE WHEN m % 4 <> 3 THEN 1 + m % 5 END,
		'spare_parts_years', CASE WHEN m % 3 <> 2 THEN 3 + m % 6 END,
		'battery_replaceable', CASE WHEN m % 2 = 0 THEN m % 4 = 0 END,
		'charging_port', CASE WHEN m % 5 <> 4 THEN CASE WHEN m % 3 = 0 THEN 'micro-USB' ELSE 'USB-C' END END,
		'os_update_years', CASE WHEN m % 6 <> 5 THEN 2 + m % 5 END,
		'recycled_plastic_declared', m % 7 <> 0,
		'take_back_offered', CASE WHEN m % 3 <> 1 THEN m % 2 = 1 END))
FROM (VALUES (0, 'laptop'), (1, 'monitor'), (2, 'smartphone'), (3, 'desktop'), (4, 'tablet'),
			 (5, 'printer'), (6, 'thin_client'), (7, 'server'), (8, 'network_switch')) c (k, name)
	CROSS JOIN generate_series(1, 30) m
	LEFT JOIN circular_ict.device_category_effective d ON d.name = c.name
	LEFT JOIN circular_ict.category_composition() cc ON cc.category = c.name;
SELECT setval(pg_get_serial_sequence('circular_ict.product_model', 'id'), 270) \gset

INSERT INTO circular_ict.organisation (name)
SELECT format('Organisation %s', lpad(k::text, 3, '0')) FROM generate_series(1, :organisations) k;

CREATE TABLE bench_fleet AS
WITH draws AS (
	SELECT i, random() AS r_org, random() AS r_cat, random() AS r_buy, random() AS r_life,
		random() AS r_route, random() AS r_stock, random() AS r_acq, random() AS r_country,
		random() AS r_qty, random() AS r_model, random() AS r_own
	FROM generate_series(1, :assets) i
),
categorised AS (
	SELECT d.*, c.k, c.name AS category, c.shape, c.scale,
		current_date - floor(d.r_buy * 3652)::integer AS purchased
	FROM draws d
		JOIN (VALUES (0, 'laptop', 0.00, 0.35, 2.5, 6.0), (1, 'monitor', 0.35, 0.60, 2.5, 9.0),
					 (2, 'smartphone', 0.60, 0.75, 2.0, 4.5), (3, 'desktop', 0.75, 0.87, 2.5, 8.0),
					 (4, 'tablet', 0.87, 0.91, 2.0, 5.5), (5, 'printer', 0.91, 0.94, 2.0, 9.0),
					 (6, 'thin_client', 0.94, 0.97, 2.5, 8.5), (7, 'server', 0.97, 0.99, 2.5, 7.5),
					 (8, 'network_switch', 0.99, 1.01, 2.0, 10.0))
			 c (k, name, lo, hi, shape, scale) ON d.r_cat >= c.lo AND d.r_cat < c.hi
),
dated AS (
	SELECT c.*,
		CASE WHEN c.purchased + floor(c.scale * 365.25 * power(-ln(1 - c.r_life), 1 / c.shape))::integer
				  <= current_date
			 THEN c.purchased + floor(c.scale * 365.25 * power(-ln(1 - c.r_life), 1 / c.shape))::integer
		END AS retired
	FROM categorised c
)
SELECT d.i AS n, o.id AS organisation_id, o.name AS organisation,
	format('%s-%s', upper(left(d.category, 2)), lpad(d.i::text, 8, '0')) AS serial,
	d.category,
	CASE WHEN d.r_model < 0.35 THEN d.k * 30 + 1 + floor(d.r_model / 0.35 * 30)::integer END AS model_id,
	CASE WHEN d.r_qty < 0.03 THEN 2 + floor(d.r_qty / 0.03 * 19)::integer ELSE 1 END AS quantity,
	d.purchased, d.retired,
	CASE WHEN d.retired IS NOT NULL THEN 'retired' WHEN d.r_stock < 0.03 THEN 'in_stock' ELSE 'in_use' END AS status,
	CASE WHEN d.retired IS NULL THEN NULL
		 WHEN d.r_route < 0.45 THEN 'formal_recycling' WHEN d.r_route < 0.65 THEN 'informal_unknown'
		 WHEN d.r_route < 0.80 THEN 'reuse' WHEN d.r_route < 0.95 THEN 'refurbishment'
		 ELSE 'landfill' END AS eol_route,
	CASE WHEN d.r_acq < 0.06 THEN 'refurbished' ELSE 'new' END AS acquired,
	CASE WHEN d.r_country < 0.80 THEN 'NLD' WHEN d.r_country < 0.86 THEN 'BEL'
		 WHEN d.r_country < 0.91 THEN 'DEU' WHEN d.r_country < 0.94 THEN 'FRA'
		 WHEN d.r_country < 0.96 THEN 'GBR' WHEN d.r_country < 0.97 THEN 'AND' END AS country,
	format('department %s', 1 + d.i % 20) AS entity,
	CASE WHEN d.r_own < 0.02 THEN round((0.1 + 20 * d.r_own)::numeric, 3)::float8 END AS mass_kg,
	CASE WHEN d.r_own < 0.02 THEN round((50 + 10000 * d.r_own)::numeric, 1)::float8 END AS embodied_kg_co2e,
	NULL::float8 AS kwh_per_year
FROM dated d
	JOIN circular_ict.organisation o
		ON o.name = format('Organisation %s', lpad((1 + floor(:organisations * d.r_org * d.r_org)::integer)::text, 3, '0'));
