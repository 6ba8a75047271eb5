-- materials: sum(materials) over 100,000 random compositions against the
-- same sums computed exactly with numeric
--
-- Each composition holds iron and draws each of 24 other ICT elements with
-- probability 0.4, with masses spread over nine orders of magnitude (1e-4 g
-- to 1e5 g).  The oracle is SQL's sum over numeric of every (element,
-- grams) part, which is exact; the float8 sums must agree to 1e-9
-- relative, serial and parallel.
SET search_path = public, circular_ict;
SELECT setseed(0.42);
CREATE TABLE materials_acc_part AS
SELECT i, e.symbol, (1 + random() * 9) * 10 ^ floor(random() * 10 - 4)::int AS grams
  FROM generate_series(1, 100000) i,
       -- LATERAL (through i) so that every composition draws anew
       LATERAL (SELECT s FROM unnest(ARRAY['Li', 'B', 'Mg', 'Al', 'Si', 'Ti', 'Cr', 'Mn', 'Fe', 'Co',
                                           'Ni', 'Cu', 'Zn', 'Ga', 'Ge', 'Pd', 'Ag', 'In', 'Sn', 'Nd',
                                           'Ta', 'W', 'Pt', 'Au', 'Pb']) s
                 WHERE s = 'Fe' OR random() < 0.4 + 0 * i) AS e(symbol);
-- each composition through text input, as a user would load it
CREATE TABLE materials_acc AS
SELECT i, string_agg(symbol || '=' || grams::text || 'g', ', ')::materials AS m
  FROM materials_acc_part GROUP BY i;
SELECT count(*) AS compositions, (SELECT count(*) > 900000 FROM materials_acc_part) AS about_a_million_parts
  FROM materials_acc;

CREATE FUNCTION pg_temp.worst_relative_error(s materials) RETURNS float8 LANGUAGE sql AS $$
  SELECT max(abs((s -> n.symbol)::numeric - n.total) / n.total)::float8
    FROM (SELECT symbol, sum(grams::numeric) AS total FROM materials_acc_part GROUP BY symbol) n
$$;

-- serial
SET max_parallel_workers_per_gather = 0;
SELECT (SELECT count(*) FROM materials_each(s)) AS elements,
       pg_temp.worst_relative_error(s) < 1e-9 AS within_1e_9
  FROM (SELECT sum(m) AS s FROM materials_acc) t;

-- parallel
ALTER TABLE materials_acc SET (parallel_workers = 2);
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT sum(m) FROM materials_acc;
SELECT pg_temp.worst_relative_error(sum(m)) < 1e-9 AS within_1e_9 FROM materials_acc;
-- and per group (hash aggregate of many states growing at once)
SELECT count(*) AS groups,
       bool_and(abs(total_grams(g.s)::numeric - n.total) / n.total < 1e-9) AS within_1e_9
  FROM (SELECT i % 100 AS k, sum(m) AS s FROM materials_acc GROUP BY 1) g
  JOIN (SELECT i % 100 AS k, sum(grams::numeric) AS total FROM materials_acc_part GROUP BY 1) n USING (k);
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

DROP TABLE materials_acc, materials_acc_part;
