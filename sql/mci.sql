-- Material Circularity Indicator: lfi(), utility(), mci(), mci_weighted().
-- Expected values: the test vectors TV1-TV8 and TV12 of
-- doc/derivations.md#mci-test-vectors (derived there by hand from
-- the formulas of doc/derivations.md#mci-formulas and double-checked), given to 6
-- decimals; the table of doc/derivations.md#mci-implementations gives what the common bugs produce instead.  Results are
-- rounded to 6 decimals and also compared with the published value to 1e-6.
SET search_path = circular_ict, public;

CREATE TABLE mci_vectors (id text, flows material_flows, x float8, lfi_expected numeric, mci_expected numeric);
INSERT INTO mci_vectors VALUES
	-- TV1 all virgin, all landfill: LFI 1, MCI 0.1 (the method's anchor)
	('TV1', material_flows(1), 1, 1.000000, 0.100000),
	-- TV2 fully reused in and out: LFI 0, MCI 1
	('TV2', material_flows(1, reused_in => 1, reused_out => 1), 1, 0.000000, 1.000000),
	-- TV3 as TV1 with L = 2 L_av: X = 2, MCI 0.55
	('TV3', material_flows(1), utility(lifetime => 8, lifetime_avg => 4), 1.000000, 0.550000),
	-- TV4 as TV1 with L = 0.5 L_av: raw MCI -0.8, clamped to 0 (catches a missing clamp)
	('TV4', material_flows(1), utility(2, 4), 1.000000, 0.000000),
	-- TV5 F_R = 1, E_F = 0.5, landfilled: LFI 0.6 (the 2M denominator gives 0.75)
	('TV5', material_flows(1, recycled_in => 1, efficiency_in => 0.5), 1, 0.600000, 0.460000),
	-- TV6 virgin, C_R = 1, E_C = 0: LFI 1 (2M gives 0.75, +(W_F + W_C)/2 gives 0.6)
	('TV6', material_flows(1, recycled_out => 1, efficiency_out => 0), 1, 1.000000, 0.100000),
	-- TV7 F_R = 0.5, C_R = 0.5, perfect efficiencies
	('TV7', material_flows(1, recycled_in => 0.5, recycled_out => 0.5), 1, 0.500000, 0.550000),
	-- TV8 laptop-like: M = 2, F_R = 0.2, E_F = 0.85, C_R = 0.7, C_U = 0.1,
	-- E_C = 0.8, L = 6, L_av = 4 (2M gives LFI 0.543824, the wrong sign 0.520992)
	('TV8', material_flows(2, recycled_in => 0.2, efficiency_in => 0.85, recycled_out => 0.7,
	                       reused_out => 0.1, efficiency_out => 0.8), utility(6, 4), 0.558442, 0.664935);
SELECT id, round(lfi(flows)::numeric, 6) AS lfi, round(x::numeric, 6) AS x,
       round(mci(flows, x)::numeric, 6) AS mci,
       abs(lfi(flows)::numeric - lfi_expected) < 1e-6 AND abs(mci(flows, x)::numeric - mci_expected) < 1e-6 AS matches_notes
  FROM mci_vectors ORDER BY id;
-- TV4 unclamped: 1 - LFI * 0.9 / X = -0.8; mci() gives 0
SELECT round((1 - lfi(flows) * 0.9 / x)::numeric, 6) AS raw_mci, mci(flows, x) AS mci
  FROM mci_vectors WHERE id = 'TV4';
-- TV8's flows as the notes list them: V 1.6, W = W0 + (W_F + W_C)/2 = 0.575294,
-- W_F 0.070588, W_C 0.28
SELECT flows FROM mci_vectors WHERE id = 'TV8';

-- TV12 (multi-material): aluminium housing 1.2 kg (F_R 0.5, E_F 0.9, C_R 0.9,
-- E_C 0.95), plastics 0.5 kg (F_R 0.1, E_F 0.8, C_R 0.3, E_C 0.7), PCB 0.3 kg
-- fully linear; L = 5, L_av = 4.  Summed flows: M 2, V 1.35, W_F 0.079167,
-- W_C 0.099; LFI 0.553643, MCI 0.601377.  Per-part MCIs 0.766516, 0.393443,
-- 0.280000 with mass-weighted mean 0.600271: not the product MCI.
CREATE TABLE tv12 (part text, mass float8, flows material_flows);
INSERT INTO tv12 VALUES
	('aluminium', 1.2, material_flows(1.2, recycled_in => 0.5, efficiency_in => 0.9, recycled_out => 0.9, efficiency_out => 0.95)),
	('plastics', 0.5, material_flows(0.5, recycled_in => 0.1, efficiency_in => 0.8, recycled_out => 0.3, efficiency_out => 0.7)),
	('pcb', 0.3, material_flows(0.3));
SELECT round(lfi(sum(flows))::numeric, 6) AS lfi, round(mci(sum(flows), utility(5, 4))::numeric, 6) AS mci,
       abs(mci(sum(flows), utility(5, 4))::numeric - 0.601377) < 1e-6 AS matches_notes
  FROM tv12;
SELECT part, round(mci(flows, utility(5, 4))::numeric, 6) AS part_mci FROM tv12 ORDER BY mass DESC;
SELECT round(mci_weighted(mci(flows, utility(5, 4)), mass)::numeric, 6) AS mean_of_part_mcis,
       abs(mci_weighted(mci(flows, utility(5, 4)), mass)::numeric - 0.600271) < 1e-6 AS matches_notes
  FROM tv12;

-- utility: X = (L / L_av)(U / U_av); use and use_avg default to 1
SELECT utility(6, 4) AS l_only, utility(6, 4, 2, 4) AS l_and_u, utility(1, 1, use => 3, use_avg => 2) AS u_only;
SELECT utility(0, 4);
SELECT utility(4, -1);
SELECT utility(4, 4, use => 0);
SELECT utility(4, 4, use_avg => 'NaN');
SELECT utility('Infinity', 4);
SELECT utility(1e300, 1e-300);
SELECT utility(1e-300, 1e300);

-- mci: the utility must be a positive finite number
SELECT mci(material_flows(1), 0);
SELECT mci(material_flows(1), -2);
SELECT mci(material_flows(1), 'NaN');
SELECT mci(material_flows(1), 'Infinity');
-- a fully restorative product is 1 whatever the utility; a tiny utility
-- drives any other product to 0 (no 0 * Infinity)
SELECT mci(material_flows(1, reused_in => 1, reused_out => 1), 1e-300) AS restorative,
       mci(material_flows(1, reused_in => 1, reused_out => 0.999), 1e-300) AS nearly;
-- a long life can not lift the MCI above 1
SELECT mci(material_flows(1), 1e300) AS long_life;
-- flows near the limits of float8: no overflow, LFI stays within [0, 1]
SELECT lfi('(mass=1.5e308, virgin=1.5e308, waste=1.5e308, feedstock_loss=1.7e308, recycling_loss=0)') AS linear_huge,
       lfi('(mass=1e-300, virgin=0, waste=0, feedstock_loss=1e300, recycling_loss=0)') AS upstream_loss_dominates,
       lfi('(mass=1e308, virgin=0, waste=0, feedstock_loss=0, recycling_loss=1e308)') AS recycling_loss_only;
-- W0 + W_C above M by the tolerated rounding: LFI clamped to 1
SELECT lfi('(mass=1, virgin=1, waste=0.5, feedstock_loss=0, recycling_loss=0.5000009)') AS lfi;
-- NULL in, NULL out
SELECT lfi(NULL) IS NULL AS lfi_null, mci(NULL) IS NULL AS mci_null, mci(material_flows(1), NULL) IS NULL AS x_null,
       utility(NULL, 4) IS NULL AS utility_null;

-- mci_weighted: sum(w mci) / sum(w); rows with a NULL skipped; NULL when the
-- weights sum to 0 or there are no rows
-- (0.2 * 1 + 0.8 * 3) / 4 = 0.65
SELECT round(mci_weighted(m, w)::numeric, 9) FROM (VALUES (0.2, 1.0), (0.8, 3.0)) t(m, w);
SELECT round(mci_weighted(m, w)::numeric, 9) FROM (VALUES (0.2, 1.0), (0.8, 3.0), (NULL, 5.0), (0.5, NULL)) t(m, w);
SELECT mci_weighted(m, w) IS NULL AS zero_weights FROM (VALUES (0.2, 0.0), (0.8, 0.0)) t(m, w);
SELECT mci_weighted(m, w) IS NULL AS no_rows FROM (VALUES (0.2, 1.0)) t(m, w) WHERE false;
SELECT mci_weighted(m, w) FROM (VALUES (1.0, 1e300), (0.0, 1e300)) t(m, w);
SELECT mci_weighted(m, w) FROM (VALUES (0.5, -1.0)) t(m, w);
SELECT mci_weighted(m, w) FROM (VALUES (0.5, 'NaN'::float8)) t(m, w);
SELECT mci_weighted(m, w) FROM (VALUES (0.5, 'Infinity'::float8)) t(m, w);
SELECT mci_weighted(m, w) FROM (VALUES (1.5, 1.0)) t(m, w);
SELECT mci_weighted(m, w) FROM (VALUES (-0.1, 1.0)) t(m, w);
SELECT mci_weighted(m, w) FROM (VALUES ('NaN'::float8, 1.0)) t(m, w);
SELECT mci_weighted(m, w) FROM (VALUES (0.5, 1e308), (0.5, 1e308)) t(m, w);
-- the support functions check a state handed to them directly
SELECT mci_weighted_accum('{1}', 0.5, 1);
SELECT mci_weighted_accum('{1,NULL}', 0.5, 1);
SELECT mci_weighted_combine('{1,0.5}', '{-1,0}');
SELECT mci_weighted_final('{0,0}') IS NULL AS zero_weight, mci_weighted_final('{4,1}') AS quarter;
SELECT mci_weighted_final('{1,2}');
SELECT mci_weighted_accum('{1,0.5}', 0.25, 2) AS accum, mci_weighted_combine('{1,0.5}', '{2,1}') AS combine;

-- company level over many products, in parallel workers: each product's
-- MCI from its flows, weighted by mass; same as the serial result.  The
-- value, 0.356498129, was checked with exact rational arithmetic (Python
-- fractions) over the same 20000 products.
CREATE TABLE mci_products AS
	SELECT i AS id, 1 + i % 9 AS mass,
	       material_flows(1 + i % 9, recycled_in => (i % 4) / 5.0, recycled_out => (i % 7) / 8.0,
	                      efficiency_out => 0.9) AS flows,
	       utility(3 + i % 5, 5) AS x
	  FROM generate_series(1, 20000) AS i;
ANALYZE mci_products;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT mci_weighted(mci(flows, x), mass) FROM mci_products;
CREATE TEMP TABLE mci_parallel AS SELECT mci_weighted(mci(flows, x), mass) AS company FROM mci_products;
SET max_parallel_workers_per_gather = 0;
SELECT round(company::numeric, 9) AS company,
       abs(company - (SELECT mci_weighted(mci(flows, x), mass) FROM mci_products)) < 1e-12 AS same_as_serial
  FROM mci_parallel;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;

-- the planner computes mci(material_flows(...), utility(...)) and
-- mci(material_flows(...), x) over columns in one call, mci_of_fractions
-- (faster: no intermediate value), when the utility's arguments cannot fail
-- to evaluate; otherwise the calls stay nested
CREATE TABLE fusion (id int, mass float8, fr float8, l float8, la float8, x float8);
CREATE FUNCTION pg_temp.planned_as(expression text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF, FORMAT JSON) SELECT ' || expression || ' FROM fusion' INTO plan;
	RETURN substring(plan -> 0 -> 'Plan' -> 'Output' ->> 0 FROM '^[a-z_]+\(');
END $$;
SELECT e AS expression, pg_temp.planned_as(e) AS planned_as
  FROM unnest(ARRAY['mci(material_flows(mass, recycled_in => fr), utility(l, la))',
                    'mci(material_flows(mass, recycled_in => fr), x)',
                    'mci(material_flows(mass))',
                    'mci(material_flows(mass), utility(l, la, use => 2))',
                    'mci(material_flows(mass), utility(l, la) * 1::float8)',
                    'mci(material_flows(mass), utility(l / 2, la))',
                    'mci(material_flows(mass), x / 2)']) AS e;
-- same results, NULLs and errors (in the same order) as the nested calls:
-- NULL mass with a bad utility is the utility's error, a bad mass comes
-- before a bad or NULL utility, a NULL makes NULL
INSERT INTO fusion VALUES
	(1, 2, 0.2, 6, 4, 1.5), (2, NULL, 0.2, 6, 4, 1.5), (3, NULL, 0.2, 6, 0, 0), (4, 0, 0.2, 6, 0, 0),
	(5, 2, 0.2, NULL, 4, NULL), (6, 0, 0.2, NULL, 4, NULL), (7, 2, 1.5, 6, 4, 1.5), (8, 2, 0.2, 6, 4, 0),
	(9, 2, 0.2, 1e300, 1e-300, 1), (10, 2, 0.2, 6, -4, 'NaN');
CREATE FUNCTION pg_temp.outcome(query text, id int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	result float8;
BEGIN
	EXECUTE query INTO result USING id;
	RETURN coalesce(round(result::numeric, 9)::text, 'NULL');
EXCEPTION WHEN others THEN
	RETURN SQLERRM;
END $$;
SELECT id,
       pg_temp.outcome('SELECT mci(material_flows(mass, recycled_in => fr), utility(l, la)) FROM fusion WHERE id = $1', id) AS one_call,
       pg_temp.outcome('SELECT mci(material_flows(mass, recycled_in => fr), utility(l, la) * 1::float8) FROM fusion WHERE id = $1', id)
         = pg_temp.outcome('SELECT mci(material_flows(mass, recycled_in => fr), utility(l, la)) FROM fusion WHERE id = $1', id) AS same_nested,
       pg_temp.outcome('SELECT mci(material_flows(mass, recycled_in => fr), x) FROM fusion WHERE id = $1', id) AS one_call_x,
       pg_temp.outcome('SELECT mci(material_flows(mass, recycled_in => fr), x * 1::float8) FROM fusion WHERE id = $1', id)
         = pg_temp.outcome('SELECT mci(material_flows(mass, recycled_in => fr), x) FROM fusion WHERE id = $1', id) AS same_nested_x
  FROM fusion ORDER BY id;
-- called directly (it is not strict: NULLs as the nested calls)
SELECT mci_of_fractions(2, 0.2, 0, 0.7, 0.1, 0.85, 0.8, 0, 0, 0, 6, 4, 1, 1) AS tv8,
       mci_of_fractions(2, 0.2, 0, 0.7, 0.1, 0.85, 0.8, 0, 0, 0, 1.5) AS tv8_x,
       mci_of_fractions(NULL, 0.2, 0, 0.7, 0.1, 0.85, 0.8, 0, 0, 0, 1.5) IS NULL AS null_mass;
SELECT mci_of_fractions(NULL, 0.2, 0, 0.7, 0.1, 0.85, 0.8, 0, 0, 0, 6, 0, 1, 1);

-- labels
SELECT p.proname, p.pronargs, p.provolatile, p.proparallel, p.proisstrict,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
  FROM pg_proc p
 WHERE p.pronamespace = 'circular_ict'::regnamespace
   AND p.proname IN ('lfi', 'utility', 'mci', 'mci_weighted', 'mci_weighted_accum',
                     'mci_weighted_combine', 'mci_weighted_final', 'mci_of_fractions', 'mci_support')
 ORDER BY p.proname, p.pronargs;
SELECT a.aggfnoid::regprocedure, a.aggtranstype::regtype, a.aggcombinefn::regproc, a.agginitval
  FROM pg_aggregate a WHERE a.aggfnoid = 'circular_ict.mci_weighted(float8, float8)'::regprocedure;

SELECT prosupport FROM pg_proc WHERE oid = 'circular_ict.mci(circular_ict.material_flows, float8)'::regprocedure;

DROP TABLE mci_vectors, tv12, mci_products, mci_parallel, fusion;
