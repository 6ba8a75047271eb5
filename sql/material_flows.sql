-- material_flows: the text form, the constructor from the MCI fractions and
-- its errors, binary send/recv, =, + and sum.
-- The flows are those of doc/derivations.md#mci-formulas:
--   V = M(1 - F_R - F_U - F_S), W0 = M(1 - C_R - C_U - C_C - C_E),
--   W_C = M(1 - E_C) C_R, W_F = M(1 - E_F) F_R / E_F (0 when F_R = 0,
--   doc/derivations.md#mci-special-cases)
-- The constructor cases use binary-exact fractions, so every flow below is
-- exact and can be checked by hand.
SET search_path = circular_ict, public;

-- text form: every flow named, any order, names case-insensitive; the
-- output is canonical (fixed order, shortest float8 that reads back)
SELECT '(mass=2, virgin=1.6, waste=0.4, feedstock_loss=0.0705882352941176, recycling_loss=0.28)'::material_flows;
SELECT ' ( RECYCLING_LOSS = 0.28 ,feedstock_loss=0, Waste=.5e0,virgin=+1, mass=2E0 ) '::material_flows;
SELECT '(mass=1e300, virgin=5e-324, waste=0, feedstock_loss=1.7976931348623157e308, recycling_loss=-0)'::material_flows;
-- reads back equal, as value and as text
SELECT v::text::material_flows = v AS reads_back_equal,
       v::text::material_flows::text = v::text AS same_text
  FROM (VALUES ('(mass=0.1, virgin=0.030000000000000002, waste=0.07, feedstock_loss=1e-20, recycling_loss=0.01)'::material_flows),
               ('(mass=123456789.123, virgin=2.5e-310, waste=1e-5, feedstock_loss=3e100, recycling_loss=0)')) t(v);

-- syntax errors (22P02)
SELECT ''::material_flows;
SELECT '   '::material_flows;
SELECT 'mass=1'::material_flows;
SELECT '()'::material_flows;
SELECT '(mass=1, virgin=1, waste=1, feedstock_loss=0)'::material_flows;
SELECT '(mass=1, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0, mass=2)'::material_flows;
SELECT '(mass=1, virgin=1, waste=1, feedstock_loss=0, weight=0)'::material_flows;
SELECT '(mass=abc, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass=1 virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass 1, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass=1, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0) x'::material_flows;
SELECT '(mass=1, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0'::material_flows;
SELECT '(mass=0x10, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass=1e, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass=1,, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass=--1, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass=１, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass="1", virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
-- the excerpt in the detail is cut at a character boundary (x, then 2-byte é's)
SELECT '(mass=xééééééééééééééé, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
-- hostile sizes (the error of a long input shown without the input itself)
CREATE FUNCTION pg_temp.input_error(input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	state text;
	detail text;
BEGIN
	PERFORM input::circular_ict.material_flows;
	RETURN 'accepted';
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, detail = PG_EXCEPTION_DETAIL;
	RETURN state || ': ' || detail;
END $$;
SELECT pg_temp.input_error('(' || repeat('m', 10000) || '=1)') AS name_of_10000_letters;
SELECT pg_temp.input_error('(' || repeat('mass=1, ', 10000) || ')') AS mass_10000_times;
SELECT pg_temp.input_error('(mass=' || repeat('9', 100000) || ', virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)') AS digits_100000;
SELECT pg_temp.input_error('(mass=1, virgin=0.' || repeat('0', 100000) || '5, waste=1, feedstock_loss=0, recycling_loss=0)') AS decimals_100000;
SELECT pg_temp.input_error('(mass=2, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0' || repeat(' ', 100000) || ')') AS blanks_100000;

-- out of range (22003): not finite, negative, beyond double precision, zero mass
SELECT '(mass=NaN, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass=1, virgin=infinity, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass=1, virgin=1, waste=-Inf, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass=1, virgin=1, waste=1, feedstock_loss=-0.5, recycling_loss=0)'::material_flows;
SELECT '(mass=1e999, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass=1, virgin=1e-400, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass=0, virgin=0, waste=0, feedstock_loss=0, recycling_loss=0)'::material_flows;

-- inconsistent flows (22023): no set of fractions gives V > M or W0 + W_C > M
SELECT '(mass=1, virgin=1.5, waste=1, feedstock_loss=0, recycling_loss=0)'::material_flows;
SELECT '(mass=1, virgin=1, waste=0.6, feedstock_loss=0, recycling_loss=0.5)'::material_flows;
SELECT '(mass=1, virgin=1, waste=2, feedstock_loss=0, recycling_loss=0)'::material_flows;
-- W0 + W_C may exceed M by the rounding of long sums (1 part in 10^6), no more
SELECT '(mass=1, virgin=1, waste=0.5, feedstock_loss=0, recycling_loss=0.5000009)'::material_flows;
SELECT '(mass=1, virgin=1, waste=0.5, feedstock_loss=0, recycling_loss=0.500002)'::material_flows;
-- W_F has no upper bound (E_F near 0)
SELECT '(mass=1, virgin=0, waste=0, feedstock_loss=1e300, recycling_loss=0)'::material_flows;

-- constructor: defaults are a linear product (all virgin, all landfilled)
SELECT material_flows(1.5);
-- M = 2, F_R = 0.5, E_F = 0.5, C_R = 0.5, E_C = 0.5:
-- V = 2(1 - 0.5) = 1, W0 = 2(1 - 0.5) = 1, W_F = 2(0.5)(0.5)/0.5 = 1, W_C = 2(0.5)(0.5) = 0.5
SELECT material_flows(2, recycled_in => 0.5, efficiency_in => 0.5,
                      recycled_out => 0.5, efficiency_out => 0.5);
-- reuse lowers V and W0 without losses: M = 4, F_U = 0.25, C_U = 0.75
SELECT material_flows(4, reused_in => 0.25, reused_out => 0.75);
-- the 2019 biological terms lower V and W0 too: M = 4, F_S = 0.25,
-- C_C = 0.25, C_E = 0.25 give V = 3, W0 = 2
SELECT material_flows(4, biological_in => 0.25, composted_out => 0.25, energy_out => 0.25);
-- all ten arguments by position
SELECT material_flows(8, 0.25, 0.25, 0.5, 0.25, 0.5, 0.5, 0.25, 0.125, 0.125);
-- F_R = 0: W_F = 0 whatever E_F, even 0 (no 0/0)
SELECT material_flows(1, efficiency_in => 0);
-- fractions that sum to 1 up to rounding are accepted (0.1 + 0.2 + 0.7 is
-- 1.0000000000000002 in float8): V = 0
SELECT material_flows(1, recycled_in => 0.1, reused_in => 0.2, biological_in => 0.7);
-- NULL in, NULL out
SELECT material_flows(NULL) IS NULL AS null_mass, material_flows(1, recycled_in => NULL) IS NULL AS null_fraction;

-- constructor errors (22023), each naming the argument and its range
SELECT material_flows(0);
SELECT material_flows(-1);
SELECT material_flows('NaN'::float8);
SELECT material_flows('Infinity'::float8);
SELECT material_flows(1, recycled_in => 1.5);
SELECT material_flows(1, reused_in => -0.1);
SELECT material_flows(1, recycled_out => 'NaN');
SELECT material_flows(1, reused_out => 'Infinity');
SELECT material_flows(1, efficiency_in => 2);
SELECT material_flows(1, efficiency_out => -1);
SELECT material_flows(1, biological_in => 1.01);
SELECT material_flows(1, composted_out => '-Infinity');
SELECT material_flows(1, energy_out => 7);
SELECT material_flows(1, recycled_in => 0.6, reused_in => 0.5);
SELECT material_flows(1, recycled_in => 0.5, biological_in => 0.5, reused_in => 0.001);
SELECT material_flows(1, recycled_out => 0.5, reused_out => 0.25, composted_out => 0.25, energy_out => 0.25);
SELECT material_flows(1, recycled_in => 0.2, efficiency_in => 0);
-- W_F = M (1 - E_F) F_R / E_F beyond double precision (22003)
SELECT material_flows(1e308, recycled_in => 1, efficiency_in => 1e-10);

-- = and <>
SELECT material_flows(2, recycled_in => 0.5) = '(mass=2, virgin=1, waste=2, feedstock_loss=0, recycling_loss=0)' AS equal,
       material_flows(2, recycled_in => 0.5) <> material_flows(2) AS differ;

-- +: flows add; the sum of the two constructor examples above
SELECT material_flows(2, recycled_in => 0.5, efficiency_in => 0.5, recycled_out => 0.5, efficiency_out => 0.5)
       + material_flows(4, reused_in => 0.25, reused_out => 0.75);
SELECT '(mass=1e308, virgin=1e308, waste=0, feedstock_loss=0, recycling_loss=0)'::material_flows
       + '(mass=1e308, virgin=0, waste=0, feedstock_loss=0, recycling_loss=0)'::material_flows;

-- sum: NULL rows skipped, NULL for no rows, the same as + in any order
CREATE TABLE mf_parts (part text, f material_flows);
INSERT INTO mf_parts VALUES
	('a', material_flows(2, recycled_in => 0.5, efficiency_in => 0.5, recycled_out => 0.5, efficiency_out => 0.5)),
	('b', material_flows(4, reused_in => 0.25, reused_out => 0.75)),
	('c', NULL),
	('d', material_flows(1));
SELECT sum(f) FROM mf_parts;
SELECT sum(f) = (SELECT f FROM mf_parts WHERE part = 'a') + (SELECT f FROM mf_parts WHERE part = 'b')
                + (SELECT f FROM mf_parts WHERE part = 'd') AS same_as_plus
  FROM mf_parts;
SELECT sum(f) IS NULL AS no_rows FROM mf_parts WHERE false;
SELECT part, sum(f) OVER (ORDER BY part) FROM mf_parts ORDER BY part;
SELECT sum(f) FROM (VALUES ('(mass=1e308, virgin=0, waste=0, feedstock_loss=0, recycling_loss=0)'::material_flows),
                           ('(mass=1e308, virgin=0, waste=0, feedstock_loss=0, recycling_loss=0)')) t(f);

-- sum runs in parallel workers (partial aggregates, combined); with masses
-- that are integers and binary-exact fractions the parallel and the serial
-- sums are equal to the last bit.  The total was checked with exact rational
-- arithmetic (Python fractions): M 79998, V 119997/2, W0 479995/8,
-- W_F 39999/2, W_C 159989/32.
CREATE TABLE mf_many AS
	SELECT material_flows(1 + i % 7, recycled_in => (i % 3) / 4.0, efficiency_in => 0.5,
	                      recycled_out => (i % 5) / 8.0, efficiency_out => 0.75) AS f
	  FROM generate_series(1, 20000) AS i;
ANALYZE mf_many;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT sum(f) FROM mf_many;
CREATE TEMP TABLE mf_parallel AS SELECT sum(f) AS total FROM mf_many;
SET max_parallel_workers_per_gather = 0;
SELECT total, total = (SELECT sum(f) FROM mf_many) AS same_as_serial FROM mf_parallel;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;

-- binary send/recv: a round trip through COPY BINARY reads back equal
\copy (SELECT part, f FROM mf_parts ORDER BY part) TO 'results/material_flows.bin' WITH (FORMAT binary)
CREATE TABLE mf_copy (part text, f material_flows);
\copy mf_copy FROM 'results/material_flows.bin' WITH (FORMAT binary)
SELECT p.part, c.f = p.f AS equal, c.f IS NULL AND p.f IS NULL AS both_null
  FROM mf_parts p JOIN mf_copy c USING (part) ORDER BY p.part;

-- binary recv re-checks what text input checks (22P03).  The bad values are
-- written as one bytea column: binary COPY frames a bytea exactly as it
-- frames a material_flows, so reading the file back hands the raw bytes
-- (mass, virgin, waste, feedstock_loss, recycling_loss) to material_flows_recv.
CREATE TABLE mf_bin (f material_flows);
\copy (SELECT float8send('NaN') || float8send(1) || float8send(1) || float8send(0) || float8send(0)) TO 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy mf_bin FROM 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy (SELECT float8send(1) || float8send(1) || float8send(-1) || float8send(0) || float8send(0)) TO 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy mf_bin FROM 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy (SELECT float8send(0) || float8send(0) || float8send(0) || float8send(0) || float8send(0)) TO 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy mf_bin FROM 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy (SELECT float8send(1) || float8send(2) || float8send(1) || float8send(0) || float8send(0)) TO 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy mf_bin FROM 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy (SELECT float8send(1) || float8send(1) || float8send(0.75) || float8send('Infinity') || float8send(0.5)) TO 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy mf_bin FROM 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy (SELECT float8send(1) || float8send(1) || float8send(0.75) || float8send(0) || float8send(0.5)) TO 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy mf_bin FROM 'results/material_flows_bad.bin' WITH (FORMAT binary)
-- too short (4 float8) and too long (6 float8)
\copy (SELECT float8send(1) || float8send(1) || float8send(1) || float8send(0)) TO 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy mf_bin FROM 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy (SELECT float8send(1) || float8send(1) || float8send(1) || float8send(0) || float8send(0) || float8send(0)) TO 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy mf_bin FROM 'results/material_flows_bad.bin' WITH (FORMAT binary)
-- a valid value, written the same way, is accepted; -0 reads as 0
\copy (SELECT float8send(2) || float8send(1) || float8send(0.5) || float8send(0.25) || float8send('-0')) TO 'results/material_flows_bad.bin' WITH (FORMAT binary)
\copy mf_bin FROM 'results/material_flows_bad.bin' WITH (FORMAT binary)
SELECT f FROM mf_bin;

-- labels
SELECT p.oid::regprocedure, p.provolatile, p.proparallel, p.proisstrict,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
  FROM pg_proc p
 WHERE p.pronamespace = 'circular_ict'::regnamespace AND p.proname LIKE 'material_flows%'
 ORDER BY p.oid::regprocedure::text;
SELECT a.aggfnoid::regprocedure, a.aggtranstype::regtype, a.aggcombinefn::regproc, p.proparallel,
       obj_description(a.aggfnoid, 'pg_proc') IS NOT NULL AS documented
  FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
 WHERE a.aggfnoid = 'circular_ict.sum(circular_ict.material_flows)'::regprocedure;
SELECT t.typname, t.typlen, t.typbyval, t.typalign, obj_description(t.oid, 'pg_type') IS NOT NULL AS documented
  FROM pg_type t WHERE t.oid = 'circular_ict.material_flows'::regtype;

DROP TABLE mf_parts, mf_many, mf_copy, mf_bin, mf_parallel;
